import { useLocation, useRoute } from 'preact-iso'
import * as z from 'zod/mini'
import { createNextReview } from '../../db/cycle'
import { cycleRecords } from '../../db/progress'
import type { Shown } from '../../db/read'
import { emptyFocus, reviewFieldsProblem } from '../../domain/new-records'
import { type NextReviewDraft, nextFocus, nextReviewDraft } from '../../domain/next-review'
import { type Focus, type Priority, type Review, teamMember } from '../../domain/schemas'
import { chosenWorkshop, latestOf } from '../../domain/workshop'
import { requestPersistence } from '../../platform/storage'
import { Chips, Section, TextArea } from '../components/fields'
import { Message } from '../components/Message'
import { REVIEW_FIELDS_REFUSALS, ReviewFieldsInputs } from '../components/ReviewFieldsInputs'
import { TeamEditor } from '../components/TeamEditor'
import { useAttempt } from '../hooks/use-attempt'
import { useFormDraft } from '../hooks/use-form-draft'
import { useLive } from '../hooks/use-live'
import { t } from '../messages'
import { actionTitle, lineChips, priorityTitle } from '../titles'
import { ReviewLayout } from './ReviewLayout'

type CycleData = Awaited<ReturnType<typeof cycleRecords>>

/** "Start the next review from this one": the same school, cluster and team, a drafted focus. */
export function NextReviewScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const data = useLive(() => cycleRecords(reviewId), [reviewId])
  return (
    <ReviewLayout reviewId={reviewId} tab="follow-up">
      <h1>{t('nextReview.title')}</h1>
      <p class="hint">{t('nextReview.intro')}</p>
      {!data ? (
        <p>{t('common.loading')}</p>
      ) : !data.review ? (
        <p class="empty">{t('common.notFound')}</p>
      ) : (
        <NextReviewForm
          key={data.review.id}
          reviewId={reviewId}
          review={data.review.data}
          data={data}
        />
      )}
    </ReviewLayout>
  )
}

/** What the follow-up found, action by action, as the next focus's context to start from. */
function draftContext(data: CycleData): string {
  const latest = latestOf(data.checkins)
  const lines = data.actions.map((a) => {
    const c = latest.get(a.id)?.data
    const action = actionTitle(a.data)
    if (!c) return t('nextReview.contextNoCheckin', { action })
    const status = t(`status.${c.status}`)
    return c.seen.trim()
      ? t('nextReview.contextSeen', { action, status, seen: c.seen.trim() })
      : t('nextReview.contextStatus', { action, status })
  })
  return lines.length ? [t('nextReview.contextIntro'), ...lines].join('\n') : ''
}

function NextReviewForm(props: { reviewId: string; review: Review; data: CycleData }) {
  const { review, data } = props
  const { route } = useLocation()
  const focus = data.focus?.data
  const priorities = chosenWorkshop(data.workshops).workshop?.data.priorities ?? []
  // Kept until the review is created: a reload or a closed page leaves the form as it was.
  const [form, setForm, forget] = useFormDraft(
    `next-review:${props.reviewId}`,
    () => ({
      draft: nextReviewDraft(review),
      choice: {
        carry: (focus?.linesOfEnquiry ?? []).map((l) => l.id),
        fromPriorities: priorities.map((p) => p.id),
        enquiryQuestion: focus?.enquiryQuestion ?? '',
        context: draftContext(data),
      },
    }),
    (kept) => keptForm.safeParse(kept).data,
  )
  const { draft, choice } = form
  const setDraft = (next: NextReviewDraft) => setForm({ ...form, draft: next })
  const setChoice = (next: Choice) => setForm({ ...form, choice: next })
  const { said, setSaid, attempt } = useAttempt()
  const create = (e: Event) => {
    e.preventDefault()
    const fields = { ...draft.fields, hostSchool: draft.fields.hostSchool.trim() }
    const problem = reviewFieldsProblem(fields)
    if (problem) return setSaid({ text: t(REVIEW_FIELDS_REFUSALS[problem]), error: true })
    const actions = data.actions.map((a: Shown<'action'>) => a.data)
    const next = nextFocus(focus ?? emptyFocus(), priorities, actions, choice)
    return attempt(async () => {
      const id = await createNextReview({ ...draft, fields }, next)
      forget()
      void requestPersistence()
      route(`/reviews/${id}/focus`)
    })
  }
  return (
    <form class="stack" onSubmit={create} noValidate>
      <Section title={t('focus.reviewHeading')}>
        <ReviewFieldsInputs
          fields={draft.fields}
          onChange={(fields) => setDraft({ ...draft, fields })}
        />
      </Section>
      <Section title={t('focus.team')}>
        <TeamEditor team={draft.team} onChange={(team) => setDraft({ ...draft, team })} />
      </Section>
      <FocusChoices
        focus={focus}
        priorities={priorities}
        choice={choice}
        set={(patch) => setChoice({ ...choice, ...patch })}
      />
      <Message said={said} />
      <button type="submit" class="primary">
        {t('nextReview.create')}
      </button>
    </form>
  )
}

/** What useFormDraft kept of the form, as this version draws it; the choice's type is its own. */
const keptForm = z.object({
  draft: z.object({
    fields: z.object({
      hostSchool: z.string(),
      cluster: z.string(),
      startDate: z.string(),
      endDate: z.string(),
    }),
    team: z.array(teamMember),
  }),
  choice: z.object({
    carry: z.array(z.string()),
    fromPriorities: z.array(z.string()),
    enquiryQuestion: z.string(),
    context: z.string(),
  }),
})
type Choice = z.infer<typeof keptForm>['choice']

/** The next focus: its question and context, and which lines and priorities it carries over. */
function FocusChoices(props: {
  focus: Focus | undefined
  priorities: readonly Priority[]
  choice: Choice
  set: (patch: Partial<Choice>) => void
}) {
  const { choice, set } = props
  const lines = props.focus?.linesOfEnquiry ?? []
  return (
    <Section title={t('nextReview.focus')}>
      <TextArea
        label={t('focus.question')}
        value={choice.enquiryQuestion}
        onInput={(enquiryQuestion) => set({ enquiryQuestion })}
        rows={2}
      />
      <TextArea
        label={t('focus.context')}
        value={choice.context}
        onInput={(context) => set({ context })}
        rows={5}
      />
      {lines.length > 0 && (
        <Chips
          legend={t('nextReview.carry')}
          options={lineChips(lines)}
          selected={choice.carry}
          onChange={(carry) => set({ carry })}
        />
      )}
      {props.priorities.length > 0 && (
        <Chips
          legend={t('nextReview.fromPriorities')}
          options={props.priorities.map((p, i) => ({ id: p.id, label: priorityTitle(p, i) }))}
          selected={choice.fromPriorities}
          onChange={(fromPriorities) => set({ fromPriorities })}
        />
      )}
      <p class="hint">{t('nextReview.choicesHint')}</p>
    </Section>
  )
}
