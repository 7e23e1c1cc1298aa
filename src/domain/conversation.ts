// Rules of a conversation record: the focus prompts shown as cards, each answered by one note
// tagged to its line; free notes are the notes that answer no prompt.
import { type ConversationNote, type LineOfEnquiry, MAX_GROUP_SIZE } from './schemas'

export interface PromptCard {
  line: LineOfEnquiry
  prompt: string
}

/** Every prompt of every line, trimmed, blank ones left out, in the focus's order. */
export function promptCards(lines: readonly LineOfEnquiry[]): PromptCard[] {
  return lines.flatMap((line) =>
    line.prompts.filter((p) => p.trim()).map((prompt) => ({ line, prompt: prompt.trim() })),
  )
}

/** The note that answers a prompt of a line, if there is one yet. */
export function responseTo(
  notes: readonly ConversationNote[],
  lineId: string,
  prompt: string,
): ConversationNote | undefined {
  return notes.find((n) => n.prompt === prompt && n.lines[0] === lineId)
}

/** The notes with a prompt's answer written in: its note changed, or a new one tagged to the line. */
export function answerPrompt(
  notes: readonly ConversationNote[],
  card: { lineId: string; prompt: string },
  text: string,
  newId: () => string = () => crypto.randomUUID(),
): ConversationNote[] {
  const existing = responseTo(notes, card.lineId, card.prompt)
  return existing
    ? notes.map((n) => (n === existing ? { ...n, text } : n))
    : [...notes, { id: newId(), prompt: card.prompt, text, lines: [card.lineId] }]
}

/** Notes written freely, not in answer to a prompt. */
export function freeNotes(notes: readonly ConversationNote[]): ConversationNote[] {
  return notes.filter((n) => n.prompt === undefined)
}

/** The group's size from what was typed: a whole number the schema accepts, 0 when unclear. */
export function groupSize(typed: string): number {
  const n = Number.parseInt(typed, 10)
  return Number.isFinite(n) && n >= 0 ? Math.min(n, MAX_GROUP_SIZE) : 0
}

/** Local wall-clock hh:mm of an ISO time, for a time input; '' when the time is not valid. */
export function wallClock(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

/** The ISO time of the same local day at hh:mm; the time unchanged when either is not valid. */
export function atWallClock(iso: string, hhmm: string): string {
  const d = new Date(iso)
  const [h, m] = hhmm.split(':').map(Number)
  if (Number.isNaN(d.getTime()) || h === undefined || m === undefined) return iso
  d.setHours(h, m, 0, 0)
  return d.toISOString()
}
