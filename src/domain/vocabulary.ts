// The words of the records' enumerations, without zod, so screens that only need the list of
// roles or activities do not pull the schema library into the first screen's JavaScript.

export const ROLES = ['host', 'lead-reviewer', 'reviewer', 'improvement-champion'] as const

export const STAGES = [
  'planning',
  'review-day',
  'feedback',
  'workshop',
  'follow-up',
  'closed',
] as const

export const ACTIVITIES = ['lesson-visit', 'learning-walk', 'work-scrutiny'] as const

export const EVIDENCE_ACTIVITIES = [
  ...ACTIVITIES,
  'pupil-conversation',
  'staff-conversation',
  'data',
  'other',
] as const

export const CONVERSATION_WITH = [
  'staff',
  'pupils',
  'leaders',
  'parents',
  'governors',
  'other',
] as const

/** The kinds of bundle format version 1 (the README's "Bundle format"). */
export const KINDS_V1 = ['review', 'focus', 'visit', 'conversation', 'feedback'] as const

/** Version 2 adds the improvement cycle: the workshop, its actions, check-ins and meetings. */
export const KINDS = [...KINDS_V1, 'workshop', 'action', 'checkin', 'meeting'] as const

/** What a partner school can offer towards an action. */
export const SUPPORT_KINDS = ['visit', 'coaching', 'materials', 'other'] as const

/** Where an action stands at a check-in. */
export const CHECKIN_STATUSES = ['not-started', 'under-way', 'done', 'stopped'] as const
