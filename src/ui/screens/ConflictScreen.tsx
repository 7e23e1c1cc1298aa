import { useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { getWithVersions } from '../../db/conflicts'
import { resolveRecord } from '../../db/write'
import { combined } from '../../domain/combine'
import type { Version } from '../../domain/merge'
import type { Kind, Payload, PayloadOf } from '../../domain/schemas'
import { explainError, Message } from '../components/Message'
import { useLive } from '../hooks/use-live'
import { usePeople } from '../hooks/use-people'
import { formatDateTime, t } from '../messages'
import { visitTitle } from '../titles'
import { ReviewLayout } from './ReviewLayout'

/** The gist of a version, as text, so two versions can be compared side by side. */
function gist(kind: Kind, data: Payload): string[] {
  switch (kind) {
    case 'review': {
      const d = data as PayloadOf['review']
      return [d.hostSchool, d.cluster, `${d.startDate} ${d.endDate}`, t(`stage.${d.stage}`)]
    }
    case 'focus': {
      const d = data as PayloadOf['focus']
      return [d.enquiryQuestion, ...d.linesOfEnquiry.map((l) => `• ${l.title}`)]
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
      return [d.summary, ...d.lines.map((l) => `• ${l.findings}`)]
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

export function ConflictScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const recordId = params.recordId as string
  const record = useLive(() => getWithVersions(recordId).then((r) => r ?? null), [recordId])
  const nameOf = usePeople()
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const choose = async (data: Payload, deleted: boolean) => {
    if (!record) return
    try {
      await resolveRecord(record.id, record.kind, { data: data as never, deleted })
      setMessage({ text: t('conflict.resolved'), error: false })
    } catch (error) {
      setMessage({ text: explainError(error), error: true })
    }
  }

  const versions = (record?.versions ?? []) as Version<Payload>[]
  const union = record ? combined(record.kind, versions) : undefined
  return (
    <ReviewLayout reviewId={reviewId} tab="share">
      <h1>{t('conflict.title')}</h1>
      <Message said={message} />
      {record === undefined ? (
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
                    gist(record.kind, v.data)
                      .filter((line) => line.trim())
                      .map((line, i) => (
                        <p class="note-text" key={i}>
                          {line}
                        </p>
                      ))
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
          {union && (
            <button type="button" class="secondary" onClick={() => choose(union, false)}>
              {t('conflict.combine')}
            </button>
          )}
        </>
      )}
    </ReviewLayout>
  )
}
