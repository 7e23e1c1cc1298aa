import { useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { getFocus, listOfKind } from '../../db/read'
import { coverage as coverageOf } from '../../domain/coverage'
import { collectEvidence, type EvidenceNote, searchEvidence } from '../../domain/evidence'
import type { LineOfEnquiry } from '../../domain/schemas'
import { Section, Select, TextField } from '../components/fields'
import { useLive } from '../hooks/use-live'
import { usePeople } from '../hooks/use-people'
import { formatList, formatTime, t } from '../messages'
import { lineTitle } from '../titles'
import { ReviewLayout } from './ReviewLayout'

const ALL = 'all'

/** Every note of the review in one place: search, filter by line, and the coverage table. */
export function EvidenceScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const [query, setQuery] = useState('')
  const [line, setLine] = useState<string>(ALL)
  const nameOf = usePeople()
  const data = useLive(async () => {
    const [focus, visits, conversations] = await Promise.all([
      getFocus(reviewId),
      listOfKind(reviewId, 'visit'),
      listOfKind(reviewId, 'conversation'),
    ])
    return {
      lines: focus?.data.linesOfEnquiry ?? [],
      notes: collectEvidence(visits, conversations),
    }
  }, [reviewId])

  if (!data) {
    return (
      <ReviewLayout reviewId={reviewId} tab="evidence">
        <h1>{t('evidence.title')}</h1>
        <p>{t('common.loading')}</p>
      </ReviewLayout>
    )
  }
  const filtered = searchEvidence(
    line === ALL ? data.notes : data.notes.filter((n) => n.lines.includes(line)),
    query,
  )
  return (
    <ReviewLayout reviewId={reviewId} tab="evidence">
      <h1>{t('evidence.title')}</h1>
      <CoverageSection lines={data.lines} notes={data.notes} nameOf={nameOf} />
      <search class="card stack">
        <TextField type="search" label={t('evidence.search')} value={query} onInput={setQuery} />
        <Select
          label={t('evidence.filter')}
          value={line}
          options={[
            { value: ALL, label: t('evidence.allLines') },
            ...data.lines.map((l) => ({ value: l.id, label: lineTitle(data.lines, l.id) })),
          ]}
          onChange={setLine}
        />
      </search>
      <p role="status">{t('evidence.results', { count: filtered.length })}</p>
      {data.notes.length === 0 ? (
        <p class="empty">{t('evidence.nothingYet')}</p>
      ) : filtered.length === 0 ? (
        <p class="empty">{t('evidence.none')}</p>
      ) : (
        <ol class="notes card">
          {filtered.map((n) => (
            <EvidenceItem
              key={`${n.recordId}:${n.noteId}`}
              reviewId={reviewId}
              note={n}
              lines={data.lines}
              nameOf={nameOf}
            />
          ))}
        </ol>
      )}
    </ReviewLayout>
  )
}

/** Per line of enquiry: how many notes, from which activities and people; a gap says so. */
function CoverageSection(props: {
  lines: readonly LineOfEnquiry[]
  notes: readonly EvidenceNote[]
  nameOf: (deviceId: string) => string
}) {
  const { perLine } = coverageOf(
    props.notes,
    props.lines.map((l) => l.id),
  )
  return (
    <Section title={t('evidence.coverage')}>
      <p class="hint">{t('evidence.coverageHint')}</p>
      <ul class="coverage-list">
        {props.lines.map((l) => {
          const c = perLine.get(l.id)
          return (
            <li key={l.id} class={c?.total ? '' : 'gap'}>
              <strong>{lineTitle(props.lines, l.id)}</strong>:{' '}
              {c?.total ? t('evidence.results', { count: c.total }) : t('evidence.gap')}
              {c && c.total > 0 && (
                <>
                  <br />
                  <span class="hint">
                    {t('evidence.fromSources', {
                      sources: formatList(
                        [...c.bySource].map(([s, n]) =>
                          t('evidence.countOf', { what: t(`source.${s}`), count: n }),
                        ),
                      ),
                    })}
                  </span>
                  <br />
                  <span class="hint">
                    {t('evidence.fromPeople', {
                      people: formatList(
                        [...c.byPerson].map(([p, n]) =>
                          t('evidence.countOf', { what: props.nameOf(p), count: n }),
                        ),
                      ),
                    })}
                  </span>
                </>
              )}
            </li>
          )
        })}
      </ul>
    </Section>
  )
}

function EvidenceItem(props: {
  reviewId: string
  note: EvidenceNote
  lines: readonly LineOfEnquiry[]
  nameOf: (deviceId: string) => string
}) {
  const n = props.note
  return (
    <li class="note-item">
      <p class="note-meta">
        <time dateTime={n.at}>{formatTime(n.at)}</time>
        {n.lines.map((id) =>
          props.lines.some((l) => l.id === id) ? (
            <span class="tag" key={id}>
              {lineTitle(props.lines, id)}
            </span>
          ) : null,
        )}
      </p>
      {n.prompt && <p class="hint">{n.prompt}</p>}
      <p class="note-text">{n.text}</p>
      <p class="hint">
        {t('evidence.by', {
          context: n.context || '—',
          source: t(`source.${n.source}`),
          name: props.nameOf(n.by),
        })}{' '}
        <a href={`/reviews/${props.reviewId}/${n.kind}s/${n.recordId}#note-${n.noteId}`}>
          {t('evidence.open')}
        </a>
      </p>
    </li>
  )
}
