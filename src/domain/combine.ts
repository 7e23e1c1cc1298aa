// "Combine" on the conflict screen: one version made of several concurrent ones, which a person
// then chooses like any other. Kept in a module of its own so the rule can change in one place.
import { unionById, type Version, winner } from './merge'
import type { Kind, Payload, PayloadOf } from './schemas'

type WithNotes = PayloadOf['visit'] | PayloadOf['conversation']

/**
 * For the kinds that hold a notes list (visits and conversations): the shown version — the winner
 * among the versions that are not deletions — with the union by id of every version's notes, the
 * shown version's first. Other kinds cannot be combined: undefined.
 */
export function combined(kind: Kind, versions: readonly Version<Payload>[]): Payload | undefined {
  if (kind !== 'visit' && kind !== 'conversation') return undefined
  const live = versions.filter((v) => !v.deleted)
  const top = winner(live.length ? live : versions)
  const lists = [top, ...versions.filter((v) => v !== top)].map((v) => (v.data as WithNotes).notes)
  return { ...(top.data as WithNotes), notes: unionById<{ id: string }>(lists) } as Payload
}
