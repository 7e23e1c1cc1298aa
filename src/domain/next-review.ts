// "Start the next review from this one" (the continuous cycle): a new review with the same host
// school, cluster and team, its focus drafted from this review — lines of enquiry carried over,
// and priorities of the workshop turned into new lines whose prompts are their actions' success
// criteria (what the school said it would see when the actions work).
import { emptyFocus, type ReviewFields } from './new-records'
import type { Action, Focus, LineOfEnquiry, Priority, Review, TeamMember } from './schemas'

/** What the person may change before the next review is created. */
export interface NextReviewDraft {
  fields: ReviewFields
  team: TeamMember[]
}

/** The next review's details: this one's school, cluster and team (new ids), no dates yet. */
export function nextReviewDraft(review: Review): NextReviewDraft {
  return {
    fields: { hostSchool: review.hostSchool, cluster: review.cluster, startDate: '', endDate: '' },
    team: review.team.map((m) => ({ ...m, id: crypto.randomUUID() })),
  }
}

export interface NextFocusChoice {
  /** Lines of enquiry of this review to carry into the next one. */
  carry: readonly string[]
  /** Priorities of the workshop that become lines of enquiry. */
  fromPriorities: readonly string[]
  enquiryQuestion: string
  context: string
}

/** Non-empty lines of a text, each as one prompt. */
function promptsFrom(texts: readonly string[]): string[] {
  return texts
    .flatMap((t) => t.split('\n'))
    .map((p) => p.trim())
    .filter(Boolean)
}

/** The next review's focus: carried lines first, in the focus's order, then the priorities'. */
export function nextFocus(
  previous: Focus,
  priorities: readonly Priority[],
  actions: readonly Action[],
  choice: NextFocusChoice,
): Focus {
  const carried: LineOfEnquiry[] = previous.linesOfEnquiry
    .filter((l) => choice.carry.includes(l.id))
    .map((l) => ({ id: crypto.randomUUID(), title: l.title, prompts: [...l.prompts] }))
  const fromPriorities: LineOfEnquiry[] = priorities
    .filter((p) => choice.fromPriorities.includes(p.id))
    .map((p) => ({
      id: crypto.randomUUID(),
      title: p.title,
      prompts: promptsFrom(
        actions.filter((a) => a.priorityId === p.id).map((a) => a.successCriteria),
      ),
    }))
  return {
    ...emptyFocus(),
    enquiryQuestion: choice.enquiryQuestion,
    context: choice.context,
    linesOfEnquiry: [...carried, ...fromPriorities],
  }
}
