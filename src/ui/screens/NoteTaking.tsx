// The note-taking shell that the visit, conversation and follow-up meeting screens share: the
// record and the focus's lines loaded for the route, then a title, the jot box, the context, the
// notes, and deleting the record. Each screen brings its own fields. The jot box comes first: a
// reviewer who has just started a visit wants to write, so on a phone it sits on the first screen;
// the context comes after it while it is empty, and shrinks to one line above it once set.
import { type ComponentChildren, type ComponentType, createContext } from 'preact'
import { useContext, useLayoutEffect, useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { jotKey } from '../../db/keys'
import { getFocus, getShown } from '../../db/read'
import type { Shown } from '../../db/shown'
import { deleteRecord } from '../../db/write'
import type { Clock, LineOfEnquiry, PayloadOf } from '../../domain/schemas'
import { JotBox, NO_DRAFT, readJot, type StoredJot } from '../components/JotBox'
import { Message } from '../components/Message'
import { NoteList } from '../components/NoteList'
import { Recovered } from '../components/Recovered'
import { SaveStatus } from '../components/SaveStatus'
import { takeHandOver } from '../hand-over'
import { useAttempt } from '../hooks/use-attempt'
import type { SaveStatus as Status } from '../hooks/use-autosave'
import { useLive } from '../hooks/use-live'
import { t } from '../messages'
import { ReviewLayout, type ReviewTab } from './ReviewLayout'

type NoteKind = 'visit' | 'conversation' | 'meeting'

/** The review tab each kind's screen sits under, which is also the list it returns to. */
const HOME: Record<NoteKind, ReviewTab> = {
  visit: 'visits',
  conversation: 'conversations',
  meeting: 'follow-up',
}

export interface NoteEditorProps<K extends NoteKind> {
  reviewId: string
  id: string
  data: PayloadOf[K]
  /** The change sequence the record was read at (Shown.seq). */
  seq: number
  /** The version shown (Shown.seen): edits are saved over it. */
  seen: Clock | undefined
  lines: readonly LineOfEnquiry[]
}

/** The jot box's draft as NoteTakingScreen read it, for the shell's JotBox (its `first`). */
const JotFirst = createContext<StoredJot | undefined>(undefined)

/** Loads a visit or conversation and the focus's lines for its route, then shows the editor. */
export function NoteTakingScreen<K extends NoteKind>(props: {
  kind: K
  reviewId: string
  recordId: string
  Editor: ComponentType<NoteEditorProps<K>>
}) {
  const { reviewId, recordId, Editor } = props
  // A record just started comes with what it was written as (ui/hand-over.ts): drawn at once, and
  // the live query's answer, the same rows, changes nothing.
  const [handed] = useState(() => takeHandOver(recordId))
  // Only while this screen shows the record it was handed (the route may move to another).
  const opened = handed?.record.id === recordId ? handed : undefined
  // One live query for the record and the focus's lines: one answer, one render.
  const loaded = useLive<readonly [Shown<K> | undefined, Shown<'focus'> | undefined]>(
    () => Promise.all([getShown<K>(recordId), getFocus(reviewId)]),
    [recordId, reviewId],
    opened && { value: [opened.record as Shown<K>, opened.focus], same: sameRecordAndFocus },
  )
  // A new record has no draft in its note box yet: nothing to read for it.
  const jot = useFirstJot(opened ? undefined : jotKey(recordId)) ?? (opened && { first: NO_DRAFT })
  return (
    <ReviewLayout reviewId={reviewId} tab={HOME[props.kind]} nextStep={false}>
      <Recovered recordId={recordId} />
      {loaded === undefined || jot === undefined ? (
        <p>{t('common.loading')}</p>
      ) : loaded[0] === undefined ? (
        <p class="empty">{t('common.notFound')}</p>
      ) : (
        <JotFirst.Provider value={jot.first}>
          <Editor
            reviewId={reviewId}
            id={loaded[0].id}
            data={loaded[0].data}
            seq={loaded[0].seq}
            seen={loaded[0].seen}
            lines={loaded[1]?.data.linesOfEnquiry ?? []}
          />
        </JotFirst.Provider>
      )}
    </ReviewLayout>
  )
}

/** The same stored rows: a record's `seq` moves on with every write of it here (db/shown.ts). */
function sameRecordAndFocus(
  [a, aFocus]: readonly [Shown | undefined, Shown | undefined],
  [b, bFocus]: readonly [Shown | undefined, Shown | undefined],
): boolean {
  const same = (x: Shown | undefined, y: Shown | undefined) => x?.id === y?.id && x?.seq === y?.seq
  return same(a, b) && same(aFocus, bFocus)
}

/**
 * The jot box's draft, read once beside the record rather than after it, so "Start a visit" opens
 * the box one read sooner (a phone pays for each read in turn). `first` is undefined when the read
 * failed: the box then waits for its own live query, as it always does. Without a key (a record
 * handed over, whose box starts empty) nothing is read.
 */
function useFirstJot(key: string | undefined): { first: StoredJot | undefined } | undefined {
  const [read, setRead] = useState<{ key: string; first: StoredJot | undefined }>()
  // Read as soon as the screen is in the page, with the live queries (useLive), not after a paint.
  useLayoutEffect(() => {
    if (key === undefined) return
    let current = true
    const done = (first: StoredJot | undefined) => current && setRead({ key, first })
    readJot(key).then(done, () => done(undefined))
    return () => {
      current = false
    }
  }, [key])
  return read?.key === key ? read : undefined
}

/** The page around a record's notes; `beforeJot`, `notes` and `closing` are the screen's own. */
export function NoteTakingShell(props: {
  kind: NoteKind
  reviewId: string
  id: string
  title: string
  /** `line`: the context set, in one line ("Lesson visit · Year 5 · Maths · 5B"). */
  context: { label: string; line: string; openAtFirst: boolean; fields: ComponentChildren }
  beforeJot?: ComponentChildren
  afterJot?: ComponentChildren
  lines: readonly LineOfEnquiry[]
  onAdd: (text: string, lines: string[]) => Promise<void>
  /** The note box takes the focus when the screen opens (a visit with no notes yet). */
  startWriting?: boolean
  notes: ComponentChildren
  closing?: ComponentChildren
  remove: { label: string; confirm: string }
  status: Status
}) {
  const { route } = useLocation()
  const firstJot = useContext(JotFirst)
  // Where the context sits is chosen when the record opens, so it never jumps while typed into.
  const [contextEmpty] = useState(props.context.openAtFirst)
  const removing = useAttempt()
  const remove = () => {
    if (!window.confirm(props.remove.confirm)) return
    void removing.attempt(async () => {
      await deleteRecord(props.id)
      route(`/reviews/${props.reviewId}/${HOME[props.kind]}`)
    })
  }
  return (
    <>
      <h1>{props.title}</h1>
      {!contextEmpty && (
        <details class="card context-line">
          <summary>{t('notes.contextLine', { details: props.context.line })}</summary>
          <div class="stack">{props.context.fields}</div>
        </details>
      )}
      {props.beforeJot}
      <JotBox
        draftKey={jotKey(props.id)}
        lines={props.lines}
        onAdd={props.onAdd}
        focusFirst={props.startWriting}
        first={firstJot}
      />
      {props.afterJot}
      {contextEmpty && (
        <details class="card" open>
          <summary>{props.context.label}</summary>
          <div class="stack">{props.context.fields}</div>
        </details>
      )}
      {props.notes}
      <div class="card stack">
        {props.closing}
        <button type="button" class="danger" disabled={removing.busy} onClick={remove}>
          {props.remove.label}
        </button>
        <Message said={removing.said} />
      </div>
      <SaveStatus status={props.status} />
    </>
  )
}

interface Note {
  id: string
  text: string
  lines: string[]
  at?: string | undefined
}

/** The notes list, editing the record's whole notes list even when it shows only some of them. */
export function EditableNotes<N extends Note>(props: {
  all: readonly N[]
  shown?: readonly N[]
  lines: readonly LineOfEnquiry[]
  labelOf?: (note: N, index: number) => string
  detailOf?: (note: N) => string | undefined
  onNotes: (notes: N[]) => void
}) {
  const { all, onNotes } = props
  return (
    <NoteList
      notes={props.shown ?? all}
      lines={props.lines}
      labelOf={props.labelOf}
      detailOf={props.detailOf}
      onChange={(id, patch) => onNotes(all.map((n) => (n.id === id ? { ...n, ...patch } : n)))}
      onDelete={(id) => onNotes(all.filter((n) => n.id !== id))}
    />
  )
}
