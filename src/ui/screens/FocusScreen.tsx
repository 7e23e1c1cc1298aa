import { useRoute } from 'preact-iso'
import { getFocus, getShown, type Shown } from '../../db/read'
import { EVIDENCE_ACTIVITIES, type Focus, type Review, STAGES } from '../../domain/schemas'
import { Chips, Section, Select, TextArea, TextField } from '../components/fields'
import { ListEditor } from '../components/ListEditor'
import { SaveStatus } from '../components/SaveStatus'
import { TeamEditor } from '../components/TeamEditor'
import { useRecordAutosave } from '../hooks/use-autosave'
import { useLive } from '../hooks/use-live'
import { t } from '../messages'
import { ReviewLayout } from './ReviewLayout'

export function FocusScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const review = useLive(() => getShown<'review'>(reviewId).then((r) => r ?? null), [reviewId])
  const focus = useLive(() => getFocus(reviewId).then((f) => f ?? null), [reviewId])
  return (
    <ReviewLayout reviewId={reviewId} tab="focus">
      <h1>{t('review.focus')}</h1>
      {review === undefined || focus === undefined ? (
        <p>{t('common.loading')}</p>
      ) : review === null || focus === null ? (
        <p class="empty">{t('common.notFound')}</p>
      ) : (
        <>
          <ReviewEditor record={review} />
          <FocusEditor record={focus} team={review.data.team} />
        </>
      )}
    </ReviewLayout>
  )
}

function ReviewEditor(props: { record: Shown<'review'> }) {
  const { draft, update, status } = useRecordAutosave(props.record)
  if (!draft) return null
  const set = (patch: Partial<Review>) => update((newest) => ({ ...newest, ...patch }))
  return (
    <>
      <Section title={t('focus.reviewHeading')}>
        <TextField
          label={t('newReview.hostSchool')}
          value={draft.hostSchool}
          onInput={(hostSchool) => set({ hostSchool })}
        />
        <TextField
          label={t('newReview.cluster')}
          value={draft.cluster}
          onInput={(cluster) => set({ cluster })}
        />
        <TextField
          type="date"
          label={t('newReview.startDate')}
          value={draft.startDate}
          onInput={(startDate) => set({ startDate })}
        />
        <TextField
          type="date"
          label={t('newReview.endDate')}
          value={draft.endDate}
          onInput={(endDate) => set({ endDate })}
        />
        <Select
          label={t('focus.stage')}
          value={draft.stage}
          options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          onChange={(stage) => set({ stage })}
        />
      </Section>
      <Section title={t('focus.team')}>
        <TeamEditor team={draft.team} onChange={(team) => set({ team })} />
      </Section>
      <SaveStatus status={status} />
    </>
  )
}

type SetFocus = (patch: Partial<Focus>) => void

function FocusEditor(props: { record: Shown<'focus'>; team: Review['team'] }) {
  const { draft, update, status } = useRecordAutosave(props.record)
  if (!draft) return null
  const set: SetFocus = (patch) => update((newest) => ({ ...newest, ...patch }))
  return (
    <>
      <Section title={t('focus.heading')}>
        <TextArea
          label={t('focus.question')}
          hint={t('focus.questionHint')}
          value={draft.enquiryQuestion}
          onInput={(enquiryQuestion) => set({ enquiryQuestion })}
          rows={2}
        />
        <TextArea
          label={t('focus.context')}
          value={draft.context}
          onInput={(context) => set({ context })}
          rows={4}
        />
      </Section>
      <LinesOfEnquiry items={draft.linesOfEnquiry} set={set} />
      <EvidencePlan items={draft.evidencePlan} set={set} />
      <Schedule items={draft.schedule} team={props.team} set={set} />
      <SaveStatus status={status} />
    </>
  )
}

function LinesOfEnquiry(props: { items: Focus['linesOfEnquiry']; set: SetFocus }) {
  return (
    <Section title={t('focus.lines')}>
      <ListEditor
        items={props.items}
        onChange={(linesOfEnquiry) => props.set({ linesOfEnquiry })}
        make={() => ({ id: crypto.randomUUID(), title: '', prompts: [] })}
        legend={(i) => t('focus.lineTitle', { n: i + 1 })}
        removeLabel={(i) => t('focus.removeLine', { n: i + 1 })}
        addLabel={t('focus.addLine')}
        empty={t('focus.noLines')}
      >
        {(line, setLine, i) => (
          <>
            <TextField
              label={t('focus.lineTitle', { n: i + 1 })}
              value={line.title}
              onInput={(title) => setLine({ title })}
            />
            <TextArea
              label={t('focus.prompts')}
              value={line.prompts.join('\n')}
              onInput={(text) => setLine({ prompts: text.split('\n') })}
              rows={3}
            />
          </>
        )}
      </ListEditor>
    </Section>
  )
}

function EvidencePlan(props: { items: Focus['evidencePlan']; set: SetFocus }) {
  return (
    <Section title={t('focus.evidence')}>
      <ListEditor
        items={props.items}
        onChange={(evidencePlan) => props.set({ evidencePlan })}
        make={() => ({
          id: crypto.randomUUID(),
          activity: 'lesson-visit' as const,
          detail: '',
          who: '',
        })}
        legend={(i) => t('focus.evidenceItem', { n: i + 1 })}
        removeLabel={(i) => t('focus.removeEvidence', { n: i + 1 })}
        addLabel={t('focus.addEvidence')}
      >
        {(item, setItem) => (
          <>
            <Select
              label={t('focus.evidenceActivity')}
              value={item.activity}
              options={EVIDENCE_ACTIVITIES.map((a) => ({ value: a, label: t(`activity.${a}`) }))}
              onChange={(activity) => setItem({ activity })}
            />
            <TextArea
              label={t('focus.evidenceDetail')}
              value={item.detail}
              onInput={(detail) => setItem({ detail })}
              rows={2}
            />
            <TextField
              label={t('focus.evidenceWho')}
              value={item.who}
              onInput={(who) => setItem({ who })}
            />
          </>
        )}
      </ListEditor>
    </Section>
  )
}

function Schedule(props: { items: Focus['schedule']; team: Review['team']; set: SetFocus }) {
  const teamChips = props.team.map((m, i) => ({
    id: m.id,
    label: m.name || t('focus.member', { n: i + 1 }),
  }))
  return (
    <Section title={t('schedule.title')}>
      <ListEditor
        items={props.items}
        onChange={(schedule) => props.set({ schedule })}
        make={() => ({ id: crypto.randomUUID(), time: '', activity: '', place: '', reviewers: [] })}
        legend={(i) => t('schedule.slot', { n: i + 1 })}
        removeLabel={(i) => t('schedule.remove', { n: i + 1 })}
        addLabel={t('schedule.add')}
        empty={t('schedule.empty')}
      >
        {(slot, setSlot) => (
          <>
            <TextField
              type="time"
              label={t('schedule.time')}
              value={slot.time}
              onInput={(time) => setSlot({ time })}
            />
            <TextField
              label={t('schedule.activity')}
              value={slot.activity}
              onInput={(activity) => setSlot({ activity })}
            />
            <TextField
              label={t('schedule.place')}
              value={slot.place}
              onInput={(place) => setSlot({ place })}
            />
            {teamChips.length > 0 && (
              <Chips
                legend={t('schedule.reviewers')}
                options={teamChips}
                selected={slot.reviewers}
                onChange={(reviewers) => setSlot({ reviewers })}
              />
            )}
          </>
        )}
      </ListEditor>
    </Section>
  )
}
