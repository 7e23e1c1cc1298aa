import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { language, loadAllMessages, t } from '../messages'
import { explainError, Message, type Said } from './Message'

const SAMPLE_FILE = { cy: '/sample-review.cy.json', en: '/sample-review.json' } as const

/**
 * Loads the sample review shipped in public/ through the real import path (decode, check,
 * merge in one transaction), so a newcomer sees a full review day in one tap. The import code
 * loads only when asked for.
 */
export function TrySample() {
  const { route } = useLocation()
  const [said, setSaid] = useState<Said | null>(null)
  const [busy, setBusy] = useState(false)
  const load = async () => {
    setBusy(true)
    setSaid(null)
    try {
      const [{ decodeBundle }, { applyImport }] = await Promise.all([
        import('../../domain/bundle'),
        import('../../db/exchange'),
      ])
      // The sample in the chosen language: the same review day, with Welsh or English words.
      const response = await fetch(SAMPLE_FILE[language.value])
      const bundle = await decodeBundle(await response.text())
      await applyImport(bundle)
      route(`/reviews/${bundle.reviews[0]}/visits`)
    } catch (e) {
      await loadAllMessages()
      setSaid({ text: explainError(e), error: true })
      setBusy(false)
    }
  }
  return (
    <div class="card stack">
      <p>{t('sample.intro')}</p>
      <button type="button" class="secondary" onClick={load} disabled={busy}>
        {t('sample.try')}
      </button>
      <Message said={said} />
    </div>
  )
}
