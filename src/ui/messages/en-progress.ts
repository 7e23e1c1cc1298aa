// Words of a review's next step and of the actions due, shown on the reviews list and at the top
// of a review. A part of its own, so the reviews list loads these few lazily, after the list.
export const progress = {
  'next.write-focus': 'Planning — write the focus and its lines of enquiry',
  'next.send-pack': 'Focus written — send the review pack to the team',
  'next.take-notes': 'Review day — take notes in lessons and conversations',
  'next.consolidate': 'Drafts coming in — start the consolidated feedback',
  'next.finish-feedback': 'Feedback in progress — mark it ready when the team agrees it',
  'next.plan-workshop': 'Feedback ready — plan the workshop',
  'next.agree-priorities': 'Workshop started — agree one to three priorities',
  'next.plan-actions': 'Priorities agreed — plan the actions for each',
  'next.first-checkin': 'Plan agreed — check in on the actions as they start',
  'next.review-due': 'Actions are due for review — add a check-in to each',
  'next.keep-checking': 'Follow-up — keep checking in on the actions',
  'next.start-next': 'Every action is done or stopped — start the next review',
  'next.closed': 'Closed — start the next review from this one when you are ready',
  'progress.due': {
    one: '{count} action to review this week',
    other: '{count} actions to review this week',
  },
} as const
