import type { ConversationWith } from '../domain/schemas'
import { createRecord } from './write'

export function startConversation(reviewId: string, withWhom: ConversationWith): Promise<string> {
  return createRecord({
    kind: 'conversation',
    reviewId,
    data: { with: withWhom, group: '', size: 0, at: new Date().toISOString(), notes: [] },
  })
}
