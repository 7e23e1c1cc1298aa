// What a line of enquiry is called where it is shown: its title, or — worded by the message
// catalogue — that it has no title yet, or that the focus no longer has it (feedback and notes
// keep pointing at a line after it is removed, and their text is never dropped).
import type { LineOfEnquiry } from './schemas'

export type LineName = { title: string } | 'untitled' | 'removed'

export function lineName(lines: readonly LineOfEnquiry[], lineId: string): LineName {
  const line = lines.find((l) => l.id === lineId)
  if (!line) return 'removed'
  return line.title ? { title: line.title } : 'untitled'
}
