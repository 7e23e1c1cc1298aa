import type { Conversation, Visit } from '../domain/schemas'
import { getShown } from './read'
import { discardRecovered, type RecoveredItem } from './recovered'
import { RecordMissingError, saveRecord } from './write'

/**
 * Adds recovered text as a note at the end of the visit or conversation it was typed in, with the
 * time it was written; then it is no longer kept apart. Throws the store's errors (the record is
 * gone or in conflict), leaving the text kept.
 */
export async function addRecoveredAsNote(item: RecoveredItem): Promise<void> {
  const id = item.recordId
  const record = id ? await getShown(id) : undefined
  if (!id || !record) throw new RecordMissingError(id ?? '')
  const text = item.texts.join('\n\n')
  const note = { id: crypto.randomUUID(), text, lines: [] }
  if (record.kind === 'visit') {
    const data = record.data as Visit
    const notes = [...data.notes, { ...note, at: item.at }]
    await saveRecord(id, 'visit', { ...data, notes }, record.seen)
  } else if (record.kind === 'conversation') {
    const data = record.data as Conversation
    await saveRecord(id, 'conversation', { ...data, notes: [...data.notes, note] }, record.seen)
  } else throw new RecordMissingError(id)
  discardRecovered(item.key)
}
