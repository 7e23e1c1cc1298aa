import { useState } from 'preact/hooks'
import { discardRecovered, type RecoveredItem, recovered } from '../../db/recovered'
import { addRecoveredAsNote } from '../../db/recovered-note'
import { copyText } from '../../platform/clipboard'
import { saveWhatIsTyped } from '../hooks/use-autosave'
import { useSignalValue } from '../hooks/use-signal'
import { formatDateTime, t } from '../messages'
import { explainError, Message, type Said } from './Message'

/**
 * Text the app kept because it could not be saved where it was typed (db/recovered.ts), each with
 * "Add it as a note", "Copy" and "Discard". All of it, or only what was typed in one record.
 * Loaded by Recovered, inside its polite region.
 */
export function RecoveredText(props: { recordId?: string }) {
  const all = useSignalValue(recovered)
  const items = props.recordId ? all.filter((i) => i.recordId === props.recordId) : all
  const [said, setSaid] = useState<Said | null>(null)
  return (
    <div class="stack">
      {items.map((item) => (
        <RecoveredCard key={item.key} item={item} done={setSaid} />
      ))}
      <Message said={said} />
    </div>
  )
}

function RecoveredCard(props: { item: RecoveredItem; done: (said: Said) => void }) {
  const { item, done } = props
  const [said, setSaid] = useState<Said | null>(null)
  const heading = `recovered-${item.key}`
  const text = item.texts.join('\n\n')
  const add = async () => {
    try {
      // What is typed on this screen first, so the note is added to it rather than under it.
      await saveWhatIsTyped()
      await addRecoveredAsNote(item)
      done({ text: t('recovered.added'), error: false })
    } catch (error) {
      setSaid({ text: explainError(error), error: true })
    }
  }
  const copy = async () => {
    const copied = await copyText(text)
    setSaid({ text: t(copied ? 'recovered.copied' : 'recovered.copyFailed'), error: !copied })
  }
  const discard = () => {
    if (!window.confirm(t('recovered.confirmDiscard'))) return
    discardRecovered(item.key)
    done({ text: t('recovered.discarded'), error: false })
  }
  return (
    <section class="card stack" aria-labelledby={heading}>
      <h2 id={heading}>{t('recovered.title', { time: formatDateTime(item.at) })}</h2>
      <p class="hint">{t('recovered.intro')}</p>
      {item.texts.map((paragraph, i) => (
        <p class="note-text" key={i}>
          {paragraph}
        </p>
      ))}
      <Message said={said} />
      <div class="row">
        {item.recordId && (
          <button type="button" class="primary" onClick={add}>
            {t('recovered.addNote')}
          </button>
        )}
        <button type="button" class="secondary" onClick={copy}>
          {t('recovered.copy')}
        </button>
        <button type="button" class="secondary" onClick={discard}>
          {t('recovered.discard')}
        </button>
      </div>
    </section>
  )
}
