// The payload of every record kind (src/README.md, "Records"). TypeScript types are inferred from these schemas,
// so there is one source of truth. zod/mini keeps the first screen small (5 KB against 24 KB).
// Unknown keys are stripped by z.object, so imported files cannot smuggle extra fields in.
import * as z from 'zod/mini'
import { MAX_COUNTER } from './version-vector'
import {
  ACTIVITIES,
  CHECKIN_STATUSES,
  CONVERSATION_WITH,
  EVIDENCE_ACTIVITIES,
  KINDS,
  KINDS_V1,
  ROLES,
  STAGES,
  SUPPORT_KINDS,
} from './vocabulary'

export {
  ACTIVITIES,
  CHECKIN_STATUSES,
  CONVERSATION_WITH,
  EVIDENCE_ACTIVITIES,
  KINDS,
  KINDS_V1,
  ROLES,
  STAGES,
  SUPPORT_KINDS,
}

/** Longest text we keep in one field: a long note is ~2,000 characters; this is 50 of them. */
export const MAX_TEXT = 100_000
/** Longest short field (a title, a name, a year group). */
export const MAX_SHORT = 500
/** Longest list (notes in one visit, lines of enquiry, team members). */
export const MAX_LIST = 5_000
/** Largest group in one conversation (a whole-school assembly is a few hundred). */
export const MAX_GROUP_SIZE = 10_000
/** Priorities the app lets a workshop agree: one to three, in order. */
export const MAX_PRIORITIES = 3

export const id = () => z.uuid()
const text = () => z.string().check(z.maxLength(MAX_TEXT))
export const short = () => z.string().check(z.maxLength(MAX_SHORT))
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(MAX_LIST))
/** ISO date-time with offset; phone clocks are often wrong, so no range check. */
export const isoTime = () => z.iso.datetime({ offset: true })
/** A calendar date, yyyy-mm-dd, or empty while not yet set. */
const day = () => z.union([z.iso.date(), z.literal('')])
/** A wall-clock time, hh:mm, or empty while not yet set. */
const clockTime = () => z.union([z.iso.time({ precision: -1 }), z.literal('')])

export const role = z.enum(ROLES)
export type Role = z.infer<typeof role>

export const stage = z.enum(STAGES)
export type Stage = z.infer<typeof stage>

export const visitActivity = z.enum(ACTIVITIES)
export type VisitActivity = z.infer<typeof visitActivity>

export const evidenceActivity = z.enum(EVIDENCE_ACTIVITIES)

export const conversationWith = z.enum(CONVERSATION_WITH)
export type ConversationWith = z.infer<typeof conversationWith>

export const teamMember = z.object({
  id: id(),
  name: short(),
  school: short(),
  role,
})
export type TeamMember = z.infer<typeof teamMember>

export const review = z.object({
  hostSchool: short(),
  cluster: short(),
  startDate: day(),
  endDate: day(),
  team: list(teamMember),
  stage,
})
export type Review = z.infer<typeof review>

export const lineOfEnquiry = z.object({
  id: id(),
  title: short(),
  prompts: list(text()),
})
export type LineOfEnquiry = z.infer<typeof lineOfEnquiry>

export const evidencePlanItem = z.object({
  id: id(),
  activity: evidenceActivity,
  detail: text(),
  who: short(),
})
export type EvidencePlanItem = z.infer<typeof evidencePlanItem>

export const scheduleSlot = z.object({
  id: id(),
  time: clockTime(),
  activity: short(),
  place: short(),
  /** Team member ids. */
  reviewers: list(id()),
})
export type ScheduleSlot = z.infer<typeof scheduleSlot>

export const focus = z.object({
  enquiryQuestion: text(),
  context: text(),
  linesOfEnquiry: list(lineOfEnquiry),
  evidencePlan: list(evidencePlanItem),
  schedule: list(scheduleSlot),
})
export type Focus = z.infer<typeof focus>

export const visitNote = z.object({
  id: id(),
  at: isoTime(),
  text: text(),
  lines: list(id()),
})
export type VisitNote = z.infer<typeof visitNote>

export const visit = z.object({
  activity: visitActivity,
  startedAt: isoTime(),
  endedAt: z.union([isoTime(), z.literal('')]),
  yearGroup: short(),
  subject: short(),
  place: short(),
  group: short(),
  notes: list(visitNote),
  summary: text(),
})
export type Visit = z.infer<typeof visit>

export const conversationNote = z.object({
  id: id(),
  prompt: z.optional(text()),
  text: text(),
  lines: list(id()),
})
export type ConversationNote = z.infer<typeof conversationNote>

export const conversation = z.object({
  with: conversationWith,
  group: short(),
  size: z.int().check(z.minimum(0), z.maximum(MAX_GROUP_SIZE)),
  at: isoTime(),
  notes: list(conversationNote),
})
export type Conversation = z.infer<typeof conversation>

export const evidenceLink = z.object({
  recordId: id(),
  noteId: z.optional(id()),
})
export type EvidenceLink = z.infer<typeof evidenceLink>

export const feedbackLine = z.object({
  lineId: id(),
  findings: text(),
  strengths: text(),
  questions: text(),
  evidence: list(evidenceLink),
})
export type FeedbackLine = z.infer<typeof feedbackLine>

export const feedback = z.object({
  author: short(),
  consolidated: z.boolean(),
  lines: list(feedbackLine),
  summary: text(),
  status: z.enum(['draft', 'ready']),
})
export type Feedback = z.infer<typeof feedback>

// ---- The improvement cycle (bundle format version 2): the workshop after the review, its
// actions, the check-ins on them and follow-up meetings. One record per action and per check-in,
// so the host editing one action and a partner school adding a check-in never conflict.

/** Who took part in the workshop: a role and how many, never names. */
export const participant = z.object({
  id: id(),
  role: short(),
  count: z.int().check(z.minimum(0), z.maximum(MAX_GROUP_SIZE)),
})
export type Participant = z.infer<typeof participant>

/** A staff idea, captured as it is said; it may answer a question for reflection. */
export const idea = z.object({
  id: id(),
  at: isoTime(),
  text: text(),
  lines: list(id()),
  question: z.optional(text()),
})
export type Idea = z.infer<typeof idea>

/** An agreed priority; `lines` are the lines of enquiry (and their findings) it answers. */
export const priority = z.object({
  id: id(),
  title: short(),
  detail: text(),
  lines: list(id()),
})
export type Priority = z.infer<typeof priority>

/**
 * One per review, started on demand. The app adds at most MAX_PRIORITIES priorities, in the order
 * agreed; the schema takes a longer list, because combining two versions of a workshop that
 * each agreed priorities apart may hold more, and a file must not be refused for it.
 */
export const workshop = z.object({
  at: day(),
  participants: list(participant),
  ideas: list(idea),
  priorities: list(priority),
  notes: text(),
})
export type Workshop = z.infer<typeof workshop>

export const supportKind = z.enum(SUPPORT_KINDS)
export type SupportKind = z.infer<typeof supportKind>

/** Support asked of a partner school towards an action. */
export const supportAsk = z.object({
  id: id(),
  school: short(),
  kind: supportKind,
  detail: text(),
})
export type SupportAsk = z.infer<typeof supportAsk>

export const action = z.object({
  priorityId: id(),
  what: text(),
  /** A name or a role in the host school. */
  lead: short(),
  startDate: day(),
  reviewDate: day(),
  successCriteria: text(),
  research: z.object({ text: text(), reference: short() }),
  support: list(supportAsk),
})
export type Action = z.infer<typeof action>

export const checkinStatus = z.enum(CHECKIN_STATUSES)
export type CheckinStatus = z.infer<typeof checkinStatus>

export const checkin = z.object({
  actionId: id(),
  on: z.iso.date(),
  status: checkinStatus,
  /** What was seen: the evidence of impact. */
  seen: text(),
  nextStep: text(),
  /** The name as typed; the device that wrote it is on the version anyway. */
  by: short(),
})
export type Checkin = z.infer<typeof checkin>

export const meetingNote = z.object({
  id: id(),
  at: isoTime(),
  text: text(),
  lines: list(id()),
  /** The actions the note is about. */
  actions: list(id()),
})
export type MeetingNote = z.infer<typeof meetingNote>

/** A follow-up meeting with partner schools, noted like a conversation. */
export const meeting = z.object({
  at: isoTime(),
  with: short(),
  notes: list(meetingNote),
})
export type Meeting = z.infer<typeof meeting>

export const kind = z.enum(KINDS)
export type Kind = z.infer<typeof kind>

export const payloadSchemas = {
  review,
  focus,
  visit,
  conversation,
  feedback,
  workshop,
  action,
  checkin,
  meeting,
} as const

export interface PayloadOf {
  review: Review
  focus: Focus
  visit: Visit
  conversation: Conversation
  feedback: Feedback
  workshop: Workshop
  action: Action
  checkin: Checkin
  meeting: Meeting
}
export type Payload = PayloadOf[Kind]

// MAX_COUNTER lives with the clocks (version-vector.ts), which the first screen loads without zod.
export { MAX_COUNTER }
/** A device's counter in a version vector: a whole number from 1 to MAX_COUNTER. */
export const counter = z.int().check(z.minimum(1), z.maximum(MAX_COUNTER))
export const clock = z.record(z.uuid(), counter)
export type Clock = z.infer<typeof clock>

export const profile = z.object({
  name: short(),
  school: short(),
  role,
})
export type Profile = z.infer<typeof profile>
