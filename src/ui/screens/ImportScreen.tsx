import { useEffect, useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { onLaunchFiles } from '../../platform/files'
import { ImportPanel } from '../components/ImportPanel'
import { t } from '../messages'

/** Import from the reviews list, and where a bundle opened with the installed app lands. */
export function ImportScreen() {
  const { route } = useLocation()
  const [launched, setLaunched] = useState<File | undefined>()
  useEffect(() => onLaunchFiles(setLaunched), [])
  return (
    <>
      <h1>{t('import.title')}</h1>
      <div class="card">
        <ImportPanel file={launched} onOpenReview={(id) => route(`/reviews/${id}/visits`)} />
      </div>
    </>
  )
}
