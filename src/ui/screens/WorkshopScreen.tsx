import { useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { startWorkshop } from '../../db/cycle'
import { jotKey } from '../../db/keys'
import { cycleRecords } from '../../db/progress'
import type { Shown } from '../../db/read'
import { groupSize } from '../../domain/conversation'
import { reportFeedback } from '../../domain/report'
import type { Clock, Idea, LineOfEnquiry, Workshop } from '../../domain/schemas'
import { chosenWorkshop, type StartingPoint, startingPoints } from '../../domain/workshop'
import { ConflictNotice } from '../components/ConflictNotice'
import { Section, Select, TextArea, TextField } from '../components/fields'
import { JotBox } from '../components/JotBox'
import { ListEditor } from '../components/ListEditor'
import { Message } from '../components/Message'
import { PrioritiesSection } from '../components/Priorities'
import { SaveStatus } from '../components/SaveStatus'
import { StartingPoints } from '../components/StartingPoints'
import { useAttempt } from '../hooks/use-attempt'
import { useRecordAutosave } from '../hooks/use-autosave'
import { useLive } from '../hooks/use-live'
import { t } from '../messages'
import { EditableNotes } from './NoteTaking'
import { ReviewLayout } from './ReviewLayout'
import '../components/cycle.css'

type CycleData = Awaited<ReturnType<typeof cycleRecords>>

/** The improvement workshop: the review's findings as starting points, ideas and priorities. */
export function WorkshopScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const data = useLive(() => cycleRecords(reviewId), [reviewId])
  return (
    <ReviewLayout reviewId={reviewId} tab="workshop">
      <h1>{t('workshop.title')}</h1>
      <p class="hint">{t('workshop.intro')}</p>
      {!data ? (
        <p>{t('common.loading')}</p>
      ) : !data.review ? (
        <p class="empty">{t('common.notFound')}</p>
      ) : (
        <WorkshopBody reviewId={reviewId} data={data} />
      )}
    </ReviewLayout>
  )
}

function WorkshopBody({ reviewId, data }: { reviewId: string; data: CycleData }) {
  const lines = data.focus?.data.linesOfEnquiry ?? []
  const points = startingPoints(reportFeedback(data.feedback).feedback?.data, lines)
  const { workshop, several } = chosenWorkshop(data.workshops)
  return (
    <>
      <StartingPoints reviewId={reviewId} points={points} lines={lines} />
      {!workshop ? (
        <StartWorkshop reviewId={reviewId} />
      ) : workshop.conflicted ? (
        <ConflictNotice
          reviewId={reviewId}
          recordId={workshop.id}
          text={t('workshop.conflicted')}
        />
      ) : (
        <WorkshopEditor
          key={workshop.id}
          reviewId={reviewId}
          id={workshop.id}
          data={workshop.data}
          seq={workshop.seq}
          seen={workshop.seen}
          lines={lines}
          points={points}
          actions={data.actions}
        />
      )}
      {several && <p class="hint">{t('workshop.several')}</p>}
      <div class="row">
        <a class="button secondary" href={`/reviews/${reviewId}/plan`}>
          {t('plan.open')}
        </a>
        <a class="button secondary" href={`/reviews/${reviewId}/follow-up`}>
          {t('followUp.open')}
        </a>
      </div>
    </>
  )
}

function StartWorkshop({ reviewId }: { reviewId: string }) {
  const { said, busy, attempt } = useAttempt()
  const start = () => attempt(() => startWorkshop(reviewId))
  return (
    <div class="card stack">
      <p class="empty">{t('workshop.notStarted')}</p>
      <button type="button" class="primary" disabled={busy} onClick={start}>
        {t('workshop.start')}
      </button>
      <Message said={said} />
    </div>
  )
}

type Set = (patch: Partial<Workshop>) => void

function WorkshopEditor(props: {
  reviewId: string
  id: string
  data: Workshop
  seq: number
  /** The version shown (Shown.seen): edits are saved over it. */
  seen: Clock | undefined
  lines: readonly LineOfEnquiry[]
  points: readonly StartingPoint[]
  actions: readonly Shown<'action'>[]
}) {
  const saved = useRecordAutosave({ ...props, kind: 'workshop' })
  const w = saved.draft
  if (!w) return null
  const set: Set = (patch) => saved.update((newest) => ({ ...newest, ...patch }))
  return (
    <>
      <Session w={w} set={set} />
      <Ideas
        workshopId={props.id}
        w={w}
        set={set}
        flush={saved.flush}
        lines={props.lines}
        points={props.points}
      />
      <PrioritiesSection
        reviewId={props.reviewId}
        priorities={w.priorities}
        lines={props.lines}
        actions={props.actions}
        onChange={(priorities) => set({ priorities })}
        flush={saved.flush}
      />
      <Section title={t('workshop.notes')}>
        <TextArea
          label={t('workshop.notesLabel')}
          value={w.notes}
          onInput={(notes) => set({ notes })}
          rows={4}
        />
      </Section>
      <SaveStatus status={saved.status} />
    </>
  )
}

/** The session: its date, and who took part by role and number — never names. */
function Session({ w, set }: { w: Workshop; set: Set }) {
  return (
    <Section title={t('workshop.session')}>
      <TextField
        type="date"
        label={t('workshop.date')}
        value={w.at}
        onInput={(at) => set({ at })}
      />
      <h3>{t('workshop.participants')}</h3>
      <ListEditor
        items={w.participants}
        onChange={(participants) => set({ participants })}
        make={() => ({ id: crypto.randomUUID(), role: '', count: 0 })}
        legend={(i) => t('workshop.group', { n: i + 1 })}
        removeLabel={(i) => t('workshop.removeGroup', { n: i + 1 })}
        addLabel={t('workshop.addGroup')}
        empty={t('workshop.noParticipants')}
      >
        {(p, setGroup) => (
          <>
            <TextField
              label={t('workshop.role')}
              hint={t('workshop.roleHint')}
              value={p.role}
              onInput={(role) => setGroup({ role })}
            />
            <TextField
              label={t('workshop.count')}
              inputMode="numeric"
              value={p.count ? String(p.count) : ''}
              onInput={(count) => setGroup({ count: groupSize(count) })}
            />
          </>
        )}
      </ListEditor>
    </Section>
  )
}

/** Staff ideas, captured as they are said, each tagged to lines and perhaps to a question. */
function Ideas(props: {
  workshopId: string
  w: Workshop
  set: Set
  flush: () => Promise<void>
  lines: readonly LineOfEnquiry[]
  points: readonly StartingPoint[]
}) {
  const { w, set } = props
  const [question, setQuestion] = useState('')
  const questions = [...new Set(props.points.flatMap((p) => p.questions))]
  const add = async (text: string, lines: string[]) => {
    const idea: Idea = { id: crypto.randomUUID(), at: new Date().toISOString(), text, lines }
    set({ ideas: [...w.ideas, question ? { ...idea, question } : idea] })
    setQuestion('')
    await props.flush()
  }
  return (
    <section class="stack" aria-labelledby="ideas-heading">
      <h2 id="ideas-heading">{t('workshop.ideas')}</h2>
      {questions.length > 0 && (
        <Select
          label={t('workshop.question')}
          value={question}
          options={[
            { value: '', label: t('workshop.noQuestion') },
            ...questions.map((q) => ({ value: q, label: q })),
          ]}
          onChange={setQuestion}
        />
      )}
      <JotBox
        draftKey={jotKey(props.workshopId)}
        lines={props.lines}
        onAdd={add}
        words={{
          label: t('workshop.idea'),
          hint: t('workshop.ideaHint'),
          add: t('workshop.addIdea'),
        }}
      />
      <div class="card">
        {w.ideas.length === 0 ? (
          <p class="empty">{t('workshop.noIdeas')}</p>
        ) : (
          <EditableNotes
            all={w.ideas}
            lines={props.lines}
            detailOf={(idea) =>
              idea.question ? t('workshop.answers', { question: idea.question }) : undefined
            }
            onNotes={(ideas) => set({ ideas })}
          />
        )}
      </div>
    </section>
  )
}
