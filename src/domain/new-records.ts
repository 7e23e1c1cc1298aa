// What each kind of record holds when a person starts one: the payloads before anything is typed.
// Each passes its schema (tests/domain/new-records.test.ts), so starting a record never fails.
import { emptyLine } from './feedback'
import type {
  Conversation,
  ConversationWith,
  Feedback,
  Focus,
  Profile,
  Review,
  Visit,
  VisitActivity,
} from './schemas'

export type ReviewFields = Pick<Review, 'hostSchool' | 'cluster' | 'startDate' | 'endDate'>

/** A review in planning; the person who creates it is its first team member. */
export function newReview(fields: ReviewFields, creator: Profile | null): Review {
  const team = creator ? [{ id: crypto.randomUUID(), ...creator }] : []
  return { ...fields, team, stage: 'planning' }
}

export function emptyFocus(): Focus {
  return { enquiryQuestion: '', context: '', linesOfEnquiry: [], evidencePlan: [], schedule: [] }
}

/** A visit started now (`startedAt`, ISO), not yet ended, with no context or notes. */
export function newVisit(activity: VisitActivity, startedAt: string): Visit {
  return {
    activity,
    startedAt,
    endedAt: '',
    yearGroup: '',
    subject: '',
    place: '',
    group: '',
    notes: [],
    summary: '',
  }
}

export function newConversation(withWhom: ConversationWith, at: string): Conversation {
  return { with: withWhom, group: '', size: 0, at, notes: [] }
}

/** A new draft (or the consolidated feedback), with an empty entry per line of enquiry. */
export function newFeedback(
  author: string,
  consolidated: boolean,
  lineIds: readonly string[],
): Feedback {
  return { author, consolidated, lines: lineIds.map(emptyLine), summary: '', status: 'draft' }
}
