import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { loadAllMessages, t } from '../messages'
import { explainError } from './Message'

/**
 * Loads the sample review shipped in public/ through the real import path (decode, check,
 * merge in one transaction), so a newcomer sees a full review day in one tap. The import code
 * loads only when asked for.
 */
export function TrySample() {
  const { route } = useLocation()
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const load = async () => {
    setBusy(true)
    setError('')
    try {
      const [{ decodeBundle }, { applyImport }] = await Promise.all([
        import('../../domain/bundle'),
        import('../../db/exchange'),
      ])
      const response = await fetch('/sample-review.json')
      const bundle = await decodeBundle(await response.text())
      await applyImport(bundle)
      route(`/reviews/${bundle.reviews[0]}/visits`)
    } catch (e) {
      await loadAllMessages()
      setError(explainError(e))
      setBusy(false)
    }
  }
  return (
    <div class="card stack">
      <p>{t('sample.intro')}</p>
      <button type="button" class="secondary" onClick={load} disabled={busy}>
        {t('sample.try')}
      </button>
      {error && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
    </div>
  )
}
