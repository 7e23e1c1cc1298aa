import { useState } from 'preact/hooks'
import type { ImportRow } from '../../db/database'
import { importHistory } from '../../db/exchange'
import { undoImport } from '../../db/undo-import'
import { useLive } from '../hooks/use-live'
import { formatDateTime, t } from '../messages'
import { importCountsText } from '../titles'
import { Section } from './fields'
import { explainError, Message, type Said } from './Message'

/** The imports of this review, newest first, each with what it did and a way to undo it. */
export function ImportHistory({ reviewId }: { reviewId: string }) {
  const history = useLive(importHistory, [])
  const mine = history?.filter((h) => h.reviews.includes(reviewId))
  if (!mine) return null
  return (
    <Section title={t('import.history')}>
      {mine.length === 0 ? (
        <p class="empty">{t('import.noHistory')}</p>
      ) : (
        <ul class="stack">
          {mine.map((h) => (
            <HistoryItem key={`${h.bundleId}:${h.digest}`} entry={h} />
          ))}
        </ul>
      )}
    </Section>
  )
}

/**
 * One import. "Undo this import" writes new versions with what each record held before (so the
 * undo travels in bundles); once undone, the entry says what was put back and what was left.
 */
function HistoryItem({ entry }: { entry: ImportRow }) {
  const [said, setSaid] = useState<Said | null>(null)
  const [busy, setBusy] = useState(false)
  const undo = async () => {
    if (!window.confirm(t('import.undoConfirm'))) return
    setBusy(true)
    try {
      await undoImport(entry.bundleId, entry.digest)
      setSaid(null)
    } catch (error) {
      setSaid({ text: explainError(error), error: true })
    } finally {
      setBusy(false)
    }
  }
  return (
    <li class="stack">
      <span>
        {t('import.historyItem', {
          name: entry.from.name,
          school: entry.from.school,
          time: formatDateTime(entry.at),
          counts: importCountsText(entry.counts, false),
        })}
      </span>
      {entry.sameIdBefore && <span class="hint">{t('import.historySameId')}</span>}
      {entry.undone ? (
        <span class="note" role="status">
          {t('import.undone', { ...entry.undone, time: formatDateTime(entry.undone.at) })}
        </span>
      ) : (
        entry.seq !== undefined && (
          <button type="button" class="secondary" disabled={busy} onClick={undo}>
            {t('import.undo')}
          </button>
        )
      )}
      <Message said={said} />
    </li>
  )
}
