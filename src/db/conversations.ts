import { newConversation } from '../domain/new-records'
import type { ConversationWith } from '../domain/schemas'
import type { Shown } from './shown'
import { createShown } from './write'

/** Starts a conversation now; resolves to it as a read would show it (its screen draws it at once). */
export function startConversation(
  reviewId: string,
  withWhom: ConversationWith,
): Promise<Shown<'conversation'>> {
  const data = newConversation(withWhom, new Date().toISOString())
  return createShown({ kind: 'conversation', reviewId, data })
}
