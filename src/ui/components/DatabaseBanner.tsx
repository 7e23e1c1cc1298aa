import { interruption } from '../../db/lifecycle'
import { useSignalValue } from '../hooks/use-signal'
import { t } from '../messages'

/** Says, and keeps saying, that this tab must reload because another tab took the database. */
export function DatabaseBanner() {
  const state = useSignalValue(interruption)
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
