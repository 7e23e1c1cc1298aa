import { useEffect, useRef, useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { getWithVersions } from '../../db/conflicts'
import { resolveRecord } from '../../db/write'
import { combineVersions } from '../../domain/combine'
import type { Version } from '../../domain/merge'
import type { Kind, Payload, PayloadOf } from '../../domain/schemas'
import { explainError, Message } from '../components/Message'
import { useLive } from '../hooks/use-live'
import { usePeopleLoaded } from '../hooks/use-people'
import { formatDateTime, formatDay, t } from '../messages'
import { visitTitle } from '../titles'
import { ReviewLayout } from './ReviewLayout'

/** The gist of a version, as text, so two versions can be compared side by side. */
function gist(kind: Kind, data: Payload): string[] {
  switch (kind) {
    case 'review': {
      const d = data as PayloadOf['review']
      const dates = d.startDate
        ? t('reviews.dates', {
            start: formatDay(d.startDate),
            end: formatDay(d.endDate || d.startDate),
          })
        : t('reviews.noDates')
      return [
        d.hostSchool,
        d.cluster,
        dates,
        t(`stage.${d.stage}`),
        ...d.team.map((m) => `• ${m.name}`),
      ]
    }
    case 'focus': {
      const d = data as PayloadOf['focus']
      return [d.enquiryQuestion, d.context, ...d.linesOfEnquiry.map((l) => `• ${l.title}`)]
    }
    case 'visit': {
      const d = data as PayloadOf['visit']
      return [visitTitle(d), ...d.notes.map((n) => `• ${n.text}`), d.summary]
    }
    case 'conversation': {
      const d = data as PayloadOf['conversation']
      return [d.group, ...d.notes.map((n) => `• ${n.text}`)]
    }
    case 'feedback': {
      const d = data as PayloadOf['feedback']
      const texts = d.lines.flatMap((l) => [l.findings, l.strengths, l.questions])
      return [d.summary, ...texts.filter((text) => text.trim()).map((text) => `• ${text}`)]
    }
    default:
      return cycleGist(kind, data)
  }
}

/** The gist of a version of the improvement cycle's kinds. */
function cycleGist(kind: Kind, data: Payload): string[] {
  switch (kind) {
    case 'workshop': {
      const d = data as PayloadOf['workshop']
      const ideas = d.ideas.map((i) => `• ${i.text}`)
      return [d.at, ...d.priorities.map((p, i) => `${i + 1}. ${p.title}`), ...ideas, d.notes]
    }
    case 'action': {
      const d = data as PayloadOf['action']
      return [d.what, d.lead, `${d.startDate} ${d.reviewDate}`, d.successCriteria]
    }
    case 'checkin': {
      const d = data as PayloadOf['checkin']
      return [`${d.on} · ${t(`status.${d.status}`)} · ${d.by}`, d.seen, d.nextStep]
    }
    case 'meeting': {
      const d = data as PayloadOf['meeting']
      return [d.with, ...d.notes.map((n) => `• ${n.text}`)]
    }
    default:
      return []
  }
}

function Gist({ kind, data }: { kind: Kind; data: Payload }) {
  return (
    <>
      {gist(kind, data)
        .filter((line) => line.trim())
        .map((line, i) => (
          <p class="note-text" key={i}>
            {line}
          </p>
        ))}
    </>
  )
}

export function ConflictScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const recordId = params.recordId as string
  const record = useLive(() => getWithVersions(recordId).then((r) => r ?? null), [recordId])
  // Names are written into a combined text, so the versions wait for them (never "From , …").
  const nameOf = usePeopleLoaded()
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const choose = async (data: Payload, deleted: boolean) => {
    if (!record) return
    try {
      // Chosen among the versions shown: one that arrived since stays, still in conflict.
      const seen = record.versions.map((v) => v.clock)
      await resolveRecord(record.id, record.kind, { data: data as never, deleted }, seen)
      setMessage({ text: t('conflict.resolved'), error: false })
    } catch (error) {
      setMessage({ text: explainError(error), error: true })
    }
  }

  const versions = (record?.versions ?? []) as Version<Payload>[]
  return (
    <ReviewLayout reviewId={reviewId} tab="share">
      <h1>{t('conflict.title')}</h1>
      <Message said={message} />
      {record === undefined || nameOf === undefined ? (
        <p>{t('common.loading')}</p>
      ) : record === null || !record.conflicted ? (
        <p class="empty">{t('conflict.gone')}</p>
      ) : (
        <>
          <p>{t('conflicts.intro')}</p>
          <div class="versions">
            {versions.map((v) => {
              const label = { name: nameOf(v.by), time: formatDateTime(v.at) }
              return (
                <section
                  class="card stack"
                  key={`${v.by}${v.at}`}
                  aria-label={t('conflict.version', label)}
                >
                  <h2>{t('conflict.version', label)}</h2>
                  {v.deleted ? (
                    <p>{t('conflict.deleted')}</p>
                  ) : (
                    <Gist kind={record.kind} data={v.data} />
                  )}
                  <button
                    type="button"
                    class="primary"
                    aria-label={t('conflict.keepLabel', label)}
                    onClick={() => choose(v.data, v.deleted)}
                  >
                    {t('conflict.keep')}
                  </button>
                </section>
              )
            })}
          </div>
          <Combine
            kind={record.kind}
            versions={versions}
            nameOf={nameOf}
            keep={(data) => choose(data, false)}
          />
        </>
      )}
    </ReviewLayout>
  )
}

/**
 * "Combine" in two steps: first the combined version is shown, then the person keeps it (or goes
 * back). Combining that would pass a field's limit says so, and the versions stay to choose from.
 */
function Combine(props: {
  kind: Kind
  versions: readonly Version<Payload>[]
  nameOf: (deviceId: string) => string
  keep: (data: Payload) => Promise<void>
}) {
  const [open, setOpen] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (open) heading.current?.focus()
  }, [open])
  if (!open) {
    return (
      <button type="button" class="secondary" onClick={() => setOpen(true)}>
        {t('conflict.combine')}
      </button>
    )
  }
  const result = combineVersions(props.kind, props.versions, (v) =>
    t('conflict.from', { name: props.nameOf(v.by), time: formatDateTime(v.at) }),
  )
  return (
    <section class="card stack" aria-labelledby="combined-heading">
      <h2 id="combined-heading" ref={heading} tabIndex={-1}>
        {t('conflict.combined')}
      </h2>
      {result.ok ? (
        <>
          <p class="hint">{t('conflict.combinedIntro')}</p>
          <Gist kind={props.kind} data={result.data} />
          <button type="button" class="primary" onClick={() => props.keep(result.data)}>
            {t('conflict.keepCombined')}
          </button>
        </>
      ) : (
        <Message
          said={{
            error: true,
            text: result.tooLong.start
              ? t('conflict.tooLongText', { start: result.tooLong.start })
              : t('conflict.tooLongList'),
          }}
        />
      )}
      <button type="button" class="secondary" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </section>
  )
}
