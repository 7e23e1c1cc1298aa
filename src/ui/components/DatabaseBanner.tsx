import { useEffect, useState } from 'preact/hooks'
import { type Interruption, subscribeInterruption } from '../../db/lifecycle'
import { t } from '../messages'

/** Says, and keeps saying, that this tab must reload because another tab took the database. */
export function DatabaseBanner() {
  const [state, setState] = useState<Interruption | null>(null)
  useEffect(() => subscribeInterruption(setState), [])
  if (!state) return null
  return (
    <div class="banner" role="alert">
      <p>{t(`db.${state}`)}</p>
      <button type="button" class="primary" onClick={() => window.location.reload()}>
        {t('update.reload')}
      </button>
    </div>
  )
}
