import { updateOffer } from '../../platform/update'
import { useSignalValue } from '../hooks/use-signal'
import { t } from '../messages'
import './update-prompt.css'

/**
 * "Update available — Reload". A polite live region that is always in the page, so screen readers
 * announce the offer when it appears; it never takes focus and never reloads by itself.
 */
export function UpdatePrompt() {
  const offer = useSignalValue(updateOffer)
  return (
    <div class="update-prompt" role="status">
      {offer && (
        <div class="update-prompt__bar">
          <span>{t('update.available')}</span>
          <button type="button" class="update-prompt__button" onClick={() => void offer.reload()}>
            {t('update.reload')}
          </button>
        </div>
      )}
    </div>
  )
}
