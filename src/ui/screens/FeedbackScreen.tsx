import type { JSX } from 'preact'
import { useState } from 'preact/hooks'
import { useLocation, useRoute } from 'preact-iso'
import { getDeviceId } from '../../db/device'
import { startFeedback } from '../../db/feedback'
import { getFocus, getShown, listOfKind, type Shown } from '../../db/read'
import { collectEvidence } from '../../domain/evidence'
import { groupFeedback, isMyDraft } from '../../domain/feedback'
import type { Profile } from '../../domain/schemas'
import { FeedbackEditor } from '../components/FeedbackEditor'
import { FeedbackView } from '../components/FeedbackView'
import { Section } from '../components/fields'
import { useLive } from '../hooks/use-live'
import { usePeople } from '../hooks/use-people'
import { useProfile } from '../hooks/use-profile'
import { formatDateTime, t } from '../messages'
import { ReviewLayout } from './ReviewLayout'
import '../components/feedback.css'

type Starting = 'mine' | 'consolidated' | null

/** Starts (or opens) my draft or the consolidated feedback, and goes to it. */
function useStart(reviewId: string, profile: Profile | null | undefined) {
  const { route } = useLocation()
  const [starting, setStarting] = useState<Starting>(null)
  const start = async (consolidated: boolean) => {
    if (!profile || starting) return
    setStarting(consolidated ? 'consolidated' : 'mine')
    try {
      const id = await startFeedback(reviewId, profile.name, consolidated)
      route(`/reviews/${reviewId}/feedback/${id}`)
    } finally {
      setStarting(null)
    }
  }
  return { starting, start }
}

/** This review's feedback: my draft, the other reviewers' drafts, the consolidated feedback. */
export function FeedbackScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const profile = useProfile()
  const nameOf = usePeople()
  const { starting, start } = useStart(reviewId, profile)
  const data = useLive(
    async () => ({ me: await getDeviceId(), all: await listOfKind(reviewId, 'feedback') }),
    [reviewId],
  )
  if (!data || profile === undefined) {
    return (
      <ReviewLayout reviewId={reviewId} tab="feedback">
        <h1>{t('feedback.title')}</h1>
        <p>{t('common.loading')}</p>
      </ReviewLayout>
    )
  }
  const { mine, others, consolidated } = groupFeedback(
    data.all,
    profile ? { deviceId: data.me, name: profile.name } : null,
  )
  const item = (f: Shown<'feedback'>, title: string) => (
    <FeedbackItem key={f.id} reviewId={reviewId} f={f} title={title} by={nameOf(f.by)} />
  )
  return (
    <ReviewLayout reviewId={reviewId} tab="feedback">
      <h1>{t('feedback.title')}</h1>
      <p class="hint">{t('feedback.intro')}</p>
      <Section title={t('feedback.mine')}>
        {!profile ? (
          <p class="empty">
            {t('feedback.needProfile')} <a href="/settings">{t('feedback.openSettings')}</a>
          </p>
        ) : mine.length === 0 ? (
          <div class="stack">
            <p class="empty">{t('feedback.noMine')}</p>
            <button
              type="button"
              class="primary"
              disabled={starting !== null}
              onClick={() => start(false)}
            >
              {starting === 'mine' ? t('feedback.starting') : t('feedback.startMine')}
            </button>
          </div>
        ) : (
          <ul class="list">{mine.map((f) => item(f, t('feedback.myDraft')))}</ul>
        )}
      </Section>
      <Section title={t('feedback.others')}>
        {others.length === 0 ? (
          <p class="empty">
            {t('feedback.noOthers')}{' '}
            <a href={`/reviews/${reviewId}/share`}>{t('feedback.openShare')}</a>
          </p>
        ) : (
          <ul class="list">
            {others.map((f) => item(f, t('feedback.draftBy', { name: f.data.author })))}
          </ul>
        )}
      </Section>
      <ConsolidatedSection
        consolidated={consolidated.map((f) =>
          item(f, t('feedback.consolidatedBy', { name: f.data.author })),
        )}
        lead={profile?.role === 'lead-reviewer'}
        canStart={profile !== null}
        starting={starting}
        onStart={() => start(true)}
      />
      <Section title={t('feedback.report')}>
        <p class="hint">{t('feedback.reportHint')}</p>
        <a class="button secondary" href={`/reviews/${reviewId}/report`}>
          {t('feedback.openReport')}
        </a>
      </Section>
    </ReviewLayout>
  )
}

function FeedbackItem(props: {
  reviewId: string
  f: Shown<'feedback'>
  title: string
  by: string
}) {
  const { f } = props
  return (
    <li>
      <a class="list-item" href={`/reviews/${props.reviewId}/feedback/${f.id}`}>
        <strong>{props.title}</strong>
        <span>
          {t(`feedback.status.${f.data.status}`)} ·{' '}
          {t('feedback.changed', { time: formatDateTime(f.updatedAt), name: props.by })}
          {f.conflicted && ` · ${t('feedback.conflictedTag')}`}
        </span>
      </a>
    </li>
  )
}

function ConsolidatedSection(props: {
  consolidated: JSX.Element[]
  lead: boolean
  canStart: boolean
  starting: Starting
  onStart: () => void
}) {
  return (
    <Section title={t('feedback.consolidated')}>
      <p class="hint">{t('feedback.consolidatedHint')}</p>
      {props.consolidated.length === 0 ? (
        <div class="stack">
          <p class="empty">{t('feedback.noConsolidated')}</p>
          {props.canStart && (
            <button
              type="button"
              class={props.lead ? 'primary' : 'secondary'}
              disabled={props.starting !== null}
              onClick={props.onStart}
            >
              {props.starting === 'consolidated'
                ? t('feedback.starting')
                : t('feedback.startConsolidated')}
            </button>
          )}
        </div>
      ) : (
        <>
          <ul class="list">{props.consolidated}</ul>
          {props.consolidated.length > 1 && <p class="hint">{t('feedback.severalConsolidated')}</p>}
        </>
      )}
    </Section>
  )
}

function useDraftData(reviewId: string, feedbackId: string) {
  return useLive(async () => {
    const [feedback, focus, visits, conversations, all, me] = await Promise.all([
      getShown<'feedback'>(feedbackId),
      getFocus(reviewId),
      listOfKind(reviewId, 'visit'),
      listOfKind(reviewId, 'conversation'),
      listOfKind(reviewId, 'feedback'),
      getDeviceId(),
    ])
    return {
      feedback: feedback ?? null,
      lines: focus?.data.linesOfEnquiry ?? [],
      evidence: collectEvidence(visits, conversations),
      drafts: all.filter((f) => !f.data.consolidated),
      me,
    }
  }, [reviewId, feedbackId])
}

/** One feedback record: my draft or the consolidated feedback to edit, anyone else's to read. */
export function FeedbackDraftScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const profile = useProfile()
  const nameOf = usePeople()
  const data = useDraftData(reviewId, params.feedbackId as string)
  const f = data?.feedback
  return (
    <ReviewLayout reviewId={reviewId} tab="feedback">
      <p>
        <a href={`/reviews/${reviewId}/feedback`}>{t('feedback.all')}</a>
      </p>
      {!data || profile === undefined ? (
        <p>{t('common.loading')}</p>
      ) : !f ? (
        <p class="empty">{t('common.notFound')}</p>
      ) : (
        <FeedbackRecord
          reviewId={reviewId}
          f={f}
          data={data}
          me={profile ? { deviceId: data.me, name: profile.name } : null}
          nameOf={nameOf}
        />
      )}
    </ReviewLayout>
  )
}

function FeedbackRecord(props: {
  reviewId: string
  f: Shown<'feedback'>
  data: NonNullable<ReturnType<typeof useDraftData>>
  me: { deviceId: string; name: string } | null
  nameOf: (deviceId: string) => string
}) {
  const { reviewId, f, data, me } = props
  const mine = me !== null && isMyDraft(f, me.deviceId, me.name)
  const editable = (f.data.consolidated || mine) && !f.conflicted
  const title = f.data.consolidated
    ? t('feedback.consolidated')
    : mine
      ? t('feedback.myDraft')
      : t('feedback.draftBy', { name: f.data.author })
  return (
    <>
      <h1>{title}</h1>
      {f.conflicted && (
        <p class="alert" role="alert">
          {t('feedback.conflicted')}{' '}
          <a href={`/reviews/${reviewId}/conflicts/${f.id}`}>{t('feedback.resolve')}</a>
        </p>
      )}
      {!editable && !f.conflicted && (
        <p class="hint">{t('feedback.readOnly', { name: f.data.author })}</p>
      )}
      {editable ? (
        <FeedbackEditor
          key={f.id}
          reviewId={reviewId}
          id={f.id}
          data={f.data}
          seq={f.seq}
          seen={f.seen}
          lines={data.lines}
          evidence={data.evidence}
          drafts={f.data.consolidated ? data.drafts : undefined}
          myDraftId={
            me ? data.drafts.find((d) => isMyDraft(d, me.deviceId, me.name))?.id : undefined
          }
          nameOf={props.nameOf}
        />
      ) : (
        <FeedbackView
          reviewId={reviewId}
          data={f.data}
          lines={data.lines}
          evidence={data.evidence}
          nameOf={props.nameOf}
        />
      )}
      {f.data.consolidated && (
        <p>
          <a class="button secondary" href={`/reviews/${reviewId}/report`}>
            {t('feedback.openReport')}
          </a>
        </p>
      )}
    </>
  )
}
