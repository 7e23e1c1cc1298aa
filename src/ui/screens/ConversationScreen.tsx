import { useRoute } from 'preact-iso'
import {
  answerPrompt,
  atWallClock,
  freeNotes,
  groupSize,
  promptCards,
  responseTo,
  wallClock,
} from '../../domain/conversation'
import {
  CONVERSATION_WITH,
  type Conversation,
  type ConversationNote,
  type LineOfEnquiry,
} from '../../domain/schemas'
import { Select, TextArea, TextField } from '../components/fields'
import { useRecordAutosave } from '../hooks/use-autosave'
import { formatTime, t } from '../messages'
import { conversationTitle, lineTitle } from '../titles'
import {
  EditableNotes,
  type NoteEditorProps,
  NoteTakingScreen,
  NoteTakingShell,
} from './NoteTaking'

export function ConversationScreen() {
  const { params } = useRoute()
  return (
    <NoteTakingScreen
      kind="conversation"
      reviewId={params.id as string}
      recordId={params.conversationId as string}
      Editor={ConversationEditor}
    />
  )
}

type Set = (patch: Partial<Conversation>) => void

function ConversationEditor(props: NoteEditorProps<'conversation'>) {
  const saved = useRecordAutosave({ ...props, kind: 'conversation' })
  const c = saved.draft
  if (!c) return null
  // Every change applies to the newest copy, never to the one this render showed.
  const set: Set = (patch) => saved.update((newest) => ({ ...newest, ...patch }))
  const free = freeNotes(c.notes)
  const addFree = async (text: string, lines: string[]) => {
    const note: ConversationNote = { id: crypto.randomUUID(), text, lines }
    saved.update((newest) => ({ ...newest, notes: [...newest.notes, note] }))
    await saved.flush()
  }
  return (
    <NoteTakingShell
      kind="conversation"
      reviewId={props.reviewId}
      id={props.id}
      title={conversationTitle(c)}
      context={{
        label: t('conversation.context'),
        line: [t(`with.${c.with}`), c.group.trim(), formatTime(c.at)].filter(Boolean).join(' · '),
        openAtFirst: !props.data.group,
        fields: <ConversationContext c={c} set={set} />,
      }}
      beforeJot={<h2>{t('conversation.freeNotes')}</h2>}
      afterJot={<PromptCards c={c} set={set} lines={props.lines} />}
      lines={props.lines}
      onAdd={addFree}
      notes={
        <section class="card" aria-label={t('conversation.freeNotes')}>
          {free.length === 0 ? (
            <p class="empty">{t('conversation.noFreeNotes')}</p>
          ) : (
            <EditableNotes
              all={c.notes}
              shown={free}
              lines={props.lines}
              labelOf={(_, i) => t('conversation.freeNote', { n: i + 1 })}
              onNotes={(notes) => set({ notes })}
            />
          )}
        </section>
      }
      remove={{ label: t('conversation.delete'), confirm: t('conversation.confirmDelete') }}
      status={saved.status}
    />
  )
}

function ConversationContext({ c, set }: { c: Conversation; set: Set }) {
  return (
    <>
      <Select
        label={t('conversations.with')}
        value={c.with}
        options={CONVERSATION_WITH.map((w) => ({ value: w, label: t(`with.${w}`) }))}
        onChange={(w) => set({ with: w })}
      />
      <TextField
        label={t('conversation.group')}
        hint={t('conversation.groupHint')}
        value={c.group}
        onInput={(group) => set({ group })}
      />
      <TextField
        label={t('conversation.size')}
        value={c.size ? String(c.size) : ''}
        inputMode="numeric"
        onInput={(size) => set({ size: groupSize(size) })}
      />
      <TextField
        type="time"
        label={t('conversation.time')}
        value={wallClock(c.at)}
        onInput={(time) => set({ at: atWallClock(c.at, time) })}
      />
    </>
  )
}

/** The focus prompts as cards, each with the response to it. */
function PromptCards(props: { c: Conversation; set: Set; lines: readonly LineOfEnquiry[] }) {
  const { c, set } = props
  const prompts = promptCards(props.lines)
  return (
    <section class="stack" aria-labelledby="prompts-heading">
      <h2 id="prompts-heading">{t('conversation.prompts')}</h2>
      {prompts.length === 0 && <p class="empty">{t('conversation.noPrompts')}</p>}
      {prompts.map(({ line, prompt }, i) => (
        <article class="card prompt-card" key={`${line.id}:${prompt}`}>
          <p class="hint">
            {t('conversation.prompt', { n: i + 1, total: prompts.length })} ·{' '}
            <span class="tag">{lineTitle(props.lines, line.id)}</span>
          </p>
          <h3>{prompt}</h3>
          <TextArea
            label={t('conversation.response')}
            value={responseTo(c.notes, line.id, prompt)?.text ?? ''}
            onInput={(text) =>
              set({ notes: answerPrompt(c.notes, { lineId: line.id, prompt }, text) })
            }
          />
        </article>
      ))}
    </section>
  )
}
