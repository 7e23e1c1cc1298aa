import { useEffect, useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { onLaunchFiles } from '../../platform/files'
import { sharedArrival, sharedOthers, takeSharedFile } from '../../platform/shared-file'
import { ImportPanel } from '../components/ImportPanel'
import { t } from '../messages'

/**
 * Import from the reviews list, and where a bundle lands when it is opened with the installed app
 * or shared to it from another app (it is previewed like a chosen file; nothing is written until
 * Import).
 */
export function ImportScreen() {
  const { route } = useLocation()
  const [arrived, setArrived] = useState<File | undefined>()
  const [sharedLost, setSharedLost] = useState(false)
  const [others] = useState(() => sharedOthers(window.location.search))
  useEffect(() => onLaunchFiles(setArrived), [])
  useEffect(() => {
    const shared = sharedArrival(window.location.search)
    if (shared === null) return
    void takeSharedFile().then((file) => (file ? setArrived(file) : setSharedLost(true)))
  }, [])
  return (
    <>
      <h1>{t('import.title')}</h1>
      {sharedLost && <p class="alert">{t('import.sharedMissing')}</p>}
      {others > 0 && !sharedLost && (
        <p class="alert">{t('import.sharedOthers', { count: others })}</p>
      )}
      <div class="card">
        <ImportPanel file={arrived} onOpenReview={(id) => route(`/reviews/${id}/visits`)} />
      </div>
    </>
  )
}
