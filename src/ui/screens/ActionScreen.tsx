import { useLocation, useRoute } from 'preact-iso'
import { cycleRecords } from '../../db/progress'
import type { Shown } from '../../db/read'
import { deleteRecord } from '../../db/write'
import type { Action, Priority } from '../../domain/schemas'
import { SUPPORT_KINDS } from '../../domain/schemas'
import { checkinsOf, chosenWorkshop } from '../../domain/workshop'
import { Checkins } from '../components/Checkins'
import { ConflictNotice } from '../components/ConflictNotice'
import { Section, Select, TextArea, TextField } from '../components/fields'
import { ListEditor } from '../components/ListEditor'
import { Message } from '../components/Message'
import { SaveStatus } from '../components/SaveStatus'
import { useAttempt } from '../hooks/use-attempt'
import { useRecordAutosave } from '../hooks/use-autosave'
import { useLive } from '../hooks/use-live'
import { t } from '../messages'
import { actionTitle, priorityTitle } from '../titles'
import { ReviewLayout } from './ReviewLayout'
import '../components/cycle.css'

/** One action: what, who leads, when, success criteria, research, support; its check-ins below. */
export function ActionScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const actionId = params.actionId as string
  const data = useLive(() => cycleRecords(reviewId), [reviewId])
  const action = data?.actions.find((a) => a.id === actionId)
  const priorities = data ? (chosenWorkshop(data.workshops).workshop?.data.priorities ?? []) : []
  return (
    <ReviewLayout reviewId={reviewId} tab="follow-up">
      <p>
        <a href={`/reviews/${reviewId}/follow-up`}>{t('action.all')}</a>
      </p>
      {!data ? (
        <p>{t('common.loading')}</p>
      ) : !action ? (
        <p class="empty">{t('common.notFound')}</p>
      ) : (
        <>
          <h1>{actionTitle(action.data)}</h1>
          {action.conflicted ? (
            <ConflictNotice
              reviewId={reviewId}
              recordId={action.id}
              text={t('action.conflicted')}
            />
          ) : (
            <ActionEditor
              key={action.id}
              reviewId={reviewId}
              action={action}
              priorities={priorities}
            />
          )}
          <Checkins
            reviewId={reviewId}
            actionId={action.id}
            checkins={checkinsOf(data.checkins, action.id)}
          />
        </>
      )}
    </ReviewLayout>
  )
}

type Set = (patch: Partial<Action>) => void

function ActionEditor(props: {
  reviewId: string
  action: Shown<'action'>
  priorities: readonly Priority[]
}) {
  const { route } = useLocation()
  const saved = useRecordAutosave(props.action)
  const removing = useAttempt()
  const a = saved.draft
  if (!a) return null
  const set: Set = (patch) => saved.update((newest) => ({ ...newest, ...patch }))
  const remove = () => {
    if (!window.confirm(t('action.confirmDelete'))) return
    void removing.attempt(async () => {
      await deleteRecord(props.action.id)
      route(`/reviews/${props.reviewId}/follow-up`)
    })
  }
  return (
    <>
      <Section title={t('action.heading')}>
        <PriorityChoice a={a} set={set} priorities={props.priorities} />
        <TextArea label={t('action.what')} value={a.what} onInput={(what) => set({ what })} />
        <TextField
          label={t('action.lead')}
          hint={t('action.leadHint')}
          value={a.lead}
          onInput={(lead) => set({ lead })}
        />
        <TextField
          type="date"
          label={t('action.startDate')}
          value={a.startDate}
          onInput={(startDate) => set({ startDate })}
        />
        <TextField
          type="date"
          label={t('action.reviewDate')}
          value={a.reviewDate}
          onInput={(reviewDate) => set({ reviewDate })}
        />
        <TextArea
          label={t('action.successCriteria')}
          hint={t('action.successCriteriaHint')}
          value={a.successCriteria}
          onInput={(successCriteria) => set({ successCriteria })}
        />
      </Section>
      <Research a={a} set={set} />
      <Support a={a} set={set} />
      <SaveStatus status={saved.status} />
      <button type="button" class="danger" disabled={removing.busy} onClick={remove}>
        {t('action.delete')}
      </button>
      <Message said={removing.said} />
    </>
  )
}

/** Which priority the action serves; one the workshop no longer has stays choosable. */
function PriorityChoice(props: { a: Action; set: Set; priorities: readonly Priority[] }) {
  const options = props.priorities.map((p, i) => ({ value: p.id, label: priorityTitle(p, i) }))
  if (!props.priorities.some((p) => p.id === props.a.priorityId)) {
    options.push({ value: props.a.priorityId, label: t('action.priorityGone') })
  }
  return (
    <Select
      label={t('action.priority')}
      value={props.a.priorityId}
      options={options}
      onChange={(priorityId) => props.set({ priorityId })}
    />
  )
}

function Research({ a, set }: { a: Action; set: Set }) {
  return (
    <Section title={t('action.research')}>
      <TextArea
        label={t('action.researchText')}
        hint={t('action.researchHint')}
        value={a.research.text}
        onInput={(text) => set({ research: { ...a.research, text } })}
      />
      <TextField
        label={t('action.reference')}
        hint={t('action.referenceHint')}
        value={a.research.reference}
        onInput={(reference) => set({ research: { ...a.research, reference } })}
      />
    </Section>
  )
}

/** Support asked of partner schools: which school, what kind, and what exactly. */
function Support({ a, set }: { a: Action; set: Set }) {
  return (
    <Section title={t('action.support')}>
      <ListEditor
        items={a.support}
        onChange={(support) => set({ support })}
        make={() => ({ id: crypto.randomUUID(), school: '', kind: 'visit' as const, detail: '' })}
        legend={(i) => t('action.supportN', { n: i + 1 })}
        removeLabel={(i) => t('action.removeSupport', { n: i + 1 })}
        addLabel={t('action.addSupport')}
        empty={t('action.noSupport')}
      >
        {(s, setSupport) => (
          <>
            <TextField
              label={t('action.supportSchool')}
              value={s.school}
              onInput={(school) => setSupport({ school })}
            />
            <Select
              label={t('action.supportKind')}
              value={s.kind}
              options={SUPPORT_KINDS.map((k) => ({ value: k, label: t(`support.${k}`) }))}
              onChange={(kind) => setSupport({ kind })}
            />
            <TextArea
              label={t('action.supportDetail')}
              value={s.detail}
              onInput={(detail) => setSupport({ detail })}
              rows={2}
            />
          </>
        )}
      </ListEditor>
    </Section>
  )
}
