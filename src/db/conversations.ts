import { newConversation } from '../domain/new-records'
import type { ConversationWith } from '../domain/schemas'
import { createRecord } from './write'

export function startConversation(reviewId: string, withWhom: ConversationWith): Promise<string> {
  const data = newConversation(withWhom, new Date().toISOString())
  return createRecord({ kind: 'conversation', reviewId, data })
}
