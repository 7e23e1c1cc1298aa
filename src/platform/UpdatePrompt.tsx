import { t } from '../ui/messages'
import { useUpdateAvailable } from './update'
import './update-prompt.css'

/**
 * "Update available — Reload". A polite live region that is always in the page, so screen readers
 * announce the offer when it appears; it never takes focus and never reloads by itself.
 */
export function UpdatePrompt() {
  const { available, reload } = useUpdateAvailable()
  return (
    <div class="update-prompt" role="status">
      {available && (
        <div class="update-prompt__bar">
          <span>{t('update.available')}</span>
          <button type="button" class="update-prompt__button" onClick={() => void reload()}>
            {t('update.reload')}
          </button>
        </div>
      )}
    </div>
  )
}
