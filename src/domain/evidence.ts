// Every note from visits and conversations as one list of evidence, the raw material of the
// evidence view, the coverage table and the feedback drafts' evidence panels.
import type { Conversation, Visit } from './schemas'

export type EvidenceSource = Visit['activity'] | `${Conversation['with']}-conversation`

export interface EvidenceNote {
  recordId: string
  noteId: string
  kind: 'visit' | 'conversation'
  source: EvidenceSource
  /** When the note was made (visits) or the conversation took place. */
  at: string
  text: string
  /** The prompt a conversation note answers, if any. */
  prompt?: string
  lines: readonly string[]
  /** deviceId of the device that last wrote the record. */
  by: string
  /** "Year 5 · Maths · 5B" or "Year 5, four pupils": where the note came from. */
  context: string
}

interface Source<D> {
  id: string
  by: string
  data: D
}

export function collectEvidence(
  visits: readonly Source<Visit>[],
  conversations: readonly Source<Conversation>[],
): EvidenceNote[] {
  const out: EvidenceNote[] = []
  for (const v of visits) {
    const context = [v.data.yearGroup, v.data.subject, v.data.group].filter(Boolean).join(' · ')
    for (const n of v.data.notes) {
      out.push({
        recordId: v.id,
        noteId: n.id,
        kind: 'visit',
        source: v.data.activity,
        at: n.at,
        text: n.text,
        lines: n.lines,
        by: v.by,
        context,
      })
    }
  }
  for (const c of conversations) {
    for (const n of c.data.notes) {
      if (!n.text.trim()) continue
      out.push({
        recordId: c.id,
        noteId: n.id,
        kind: 'conversation',
        source: `${c.data.with}-conversation`,
        at: c.data.at,
        text: n.text,
        ...(n.prompt ? { prompt: n.prompt } : {}),
        lines: n.lines,
        by: c.by,
        context: c.data.group,
      })
    }
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
}

/** Notes whose text (or prompt or context) holds every word of the query, any case. */
export function searchEvidence(notes: readonly EvidenceNote[], query: string): EvidenceNote[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...notes]
  return notes.filter((n) => {
    const hay = `${n.text} ${n.prompt ?? ''} ${n.context}`.toLocaleLowerCase()
    return words.every((w) => hay.includes(w))
  })
}

export function taggedTo(notes: readonly EvidenceNote[], lineId: string): EvidenceNote[] {
  return notes.filter((n) => n.lines.includes(lineId))
}
