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

export const KINDS = ['review', 'focus', 'visit', 'conversation', 'feedback'] as const
