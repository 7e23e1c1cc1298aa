// What each kind of record holds when a person starts one: the payloads before anything is typed.
// Each passes its schema (tests/domain/new-records.test.ts), so starting a record never fails.
import { emptyLine } from './feedback'
import type {
  Action,
  Checkin,
  Conversation,
  ConversationWith,
  Feedback,
  Focus,
  Meeting,
  Profile,
  Review,
  Visit,
  VisitActivity,
  Workshop,
} from './schemas'

export type ReviewFields = Pick<Review, 'hostSchool' | 'cluster' | 'startDate' | 'endDate'>

/** Why a new review's details cannot be saved yet: no host school, or days in the wrong order. */
export function reviewFieldsProblem(fields: ReviewFields): 'host-required' | 'dates-order' | null {
  if (!fields.hostSchool.trim()) return 'host-required'
  if (fields.startDate && fields.endDate && fields.endDate < fields.startDate) return 'dates-order'
  return null
}

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

/** A workshop not yet held: no date, people, ideas or priorities. */
export function newWorkshop(): Workshop {
  return { at: '', participants: [], ideas: [], priorities: [], notes: '' }
}

/** An action towards a priority, with nothing decided yet. */
export function newAction(priorityId: string): Action {
  return {
    priorityId,
    what: '',
    lead: '',
    startDate: '',
    reviewDate: '',
    successCriteria: '',
    research: { text: '', reference: '' },
    support: [],
  }
}

/** A check-in on an action on a day (yyyy-mm-dd), by the name the person typed. */
export function newCheckin(actionId: string, on: string, by: string): Checkin {
  return { actionId, on, status: 'under-way', seen: '', nextStep: '', by }
}

/** A follow-up meeting held now (`at`, ISO), with no notes yet. */
export function newMeeting(at: string): Meeting {
  return { at, with: '', notes: [] }
}
