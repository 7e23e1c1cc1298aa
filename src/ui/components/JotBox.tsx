import type { RefObject } from 'preact'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { getDraft, saveDraft } from '../../db/read'
import type { LineOfEnquiry } from '../../domain/schemas'
import { useAutosave } from '../hooks/use-autosave'
import { useLive } from '../hooks/use-live'
import { t } from '../messages'
import { lineChips } from '../titles'
import { Chips, TextArea } from './fields'
import { Message, type Said } from './Message'
import { SaveStatus } from './SaveStatus'

interface Jot {
  text: string
  lines: string[]
}

/** A jot box's draft as stored, with its revision (0 when none is stored yet). */
export interface StoredJot {
  jot: Jot
  rev: number
}

/** What a box with no stored draft shows. */
export const NO_DRAFT: StoredJot = { jot: { text: '', lines: [] }, rev: 0 }

/** Reads a jot box's draft: what the box shows until its live query answers (`first`). */
export function readJot(key: string): Promise<StoredJot> {
  return getDraft(key).then((d) => ({
    jot: { text: d?.text ?? '', lines: d?.lines ?? [] },
    rev: d?.rev ?? 0,
  }))
}

/** The same draft as stored: what a box already shows need not be drawn again. */
function sameDraft(a: StoredJot, b: StoredJot): boolean {
  return (
    a.rev === b.rev &&
    a.jot.text === b.jot.text &&
    a.jot.lines.length === b.jot.lines.length &&
    a.jot.lines.every((line, i) => line === b.jot.lines[i])
  )
}

/** The box's label, hint and button, where the box is not for a reviewer's notes (ideas, say). */
export interface JotWords {
  label: string
  hint: string
  add: string
}

/**
 * The large box a reviewer jots into, with chips for the lines of enquiry and "Add note". What is
 * typed but not yet added is kept as a local draft (never exported), so a closed tab loses nothing.
 */
export function JotBox(props: {
  draftKey: string
  lines: readonly LineOfEnquiry[]
  onAdd: (text: string, lines: string[]) => Promise<void>
  words?: JotWords
  /** Take the focus when drawn (a visit just started opens ready to write). */
  focusFirst?: boolean
  /**
   * The draft already read (readJot) beside the screen's own reads, so the box is drawn with them
   * rather than one read later; the live query takes over once it answers (useAutosave adopts
   * only what is newer, so the hand-over changes nothing on screen).
   */
  first?: StoredJot | undefined
}) {
  const stored = useLive(
    () => readJot(props.draftKey),
    [props.draftKey],
    props.first && { value: props.first, same: sameDraft },
  )
  if (!stored) return null
  return <LoadedJotBox {...props} stored={stored} />
}

function LoadedJotBox(props: {
  draftKey: string
  lines: readonly LineOfEnquiry[]
  onAdd: (text: string, lines: string[]) => Promise<void>
  words?: JotWords | undefined
  focusFirst?: boolean | undefined
  stored: { jot: Jot; rev: number }
}) {
  const key = props.draftKey
  const jot = useAutosave(
    { key, data: props.stored.jot, order: props.stored.rev },
    (data) => saveDraft(key, data.text, data.lines),
    (data) => ({ type: 'draft', key, ...data }),
  )
  const [said, setSaid] = useState<Said | null>(null)
  const box = useRef<HTMLDivElement>(null)
  useFocusFirst(box, props.focusFirst === true)
  if (!jot.draft) return null
  // What the box holds now: typing changes it without a render (onInput below).
  const j = jot.newest() ?? jot.draft
  const chips = lineChips(props.lines)
  const focusBox = () => box.current?.querySelector('textarea')?.focus()

  const add = async () => {
    // What the box holds now, not what this render showed.
    const now = jot.newest() ?? j
    if (!now.text.trim()) {
      setSaid({ text: t('visit.emptyNote'), error: true })
      focusBox()
      return
    }
    setSaid(null)
    const added = props.onAdd(now.text.trim(), now.lines)
    // Empty the box now, not once the note is saved: on a slow device the person may already be
    // typing the next note, and clearing after the save would wipe it. A late echo of the draft
    // saved before cannot refill it either: its revision is older (useAutosave's useAdopt).
    jot.update({ text: '', lines: [] })
    await Promise.all([added, jot.flush()])
    focusBox()
  }

  return (
    <div class="card stack jot" ref={box}>
      <TextArea
        class="jot-box"
        label={props.words?.label ?? t('visit.jot')}
        hint={props.words?.hint ?? t('visit.jotHint')}
        value={j.text}
        rows={4}
        onInput={(text) => jot.update((newest) => ({ ...newest, text }), false)}
      />
      {chips.length > 0 ? (
        <Chips
          legend={t('visit.lines')}
          options={chips}
          selected={j.lines}
          onChange={(lines) => jot.update((newest) => ({ ...newest, lines }))}
        />
      ) : (
        <p class="hint">{t('visit.noLinesYet')}</p>
      )}
      <Message said={said} />
      <button type="button" class="primary" onClick={add}>
        {props.words?.add ?? t('visit.add')}
      </button>
      {['full', 'conflict', 'error'].includes(jot.status) && <SaveStatus status={jot.status} />}
    </div>
  )
}

/**
 * The box takes the focus when drawn, before its first paint so the keyboard can open with it;
 * never from a field or control the person has already moved to while the box was loading.
 */
function useFocusFirst(box: RefObject<HTMLDivElement | null>, focusFirst: boolean) {
  useLayoutEffect(() => {
    if (!focusFirst) return
    const take = () => {
      const free = document.activeElement === null || document.activeElement === document.body
      if (free) box.current?.querySelector('textarea')?.focus()
    }
    take()
    // Once more at the next frame: a screen drawn at once from a hand-over (ui/hand-over.ts) can
    // be in the page beside the one it replaces, whose pressed button still holds the focus.
    const frame = requestAnimationFrame(take)
    return () => cancelAnimationFrame(frame)
  }, [])
}
