import { useState } from 'preact/hooks'
import { useLocation, useRoute } from 'preact-iso'
import { startConversation } from '../../db/conversations'
import { getFocus, listOfKind } from '../../db/read'
import { CONVERSATION_WITH, type ConversationWith } from '../../domain/schemas'
import { Select } from '../components/fields'
import { Message } from '../components/Message'
import { handOver } from '../hand-over'
import { useAttempt } from '../hooks/use-attempt'
import { useLive } from '../hooks/use-live'
import { usePeople } from '../hooks/use-people'
import { formatTime, t } from '../messages'
import { conversationTitle } from '../titles'
import { ReviewLayout } from './ReviewLayout'

export function ConversationsScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const { route } = useLocation()
  const [withWhom, setWithWhom] = useState<ConversationWith>('pupils')
  const nameOf = usePeople()
  const list = useLive(() => listOfKind(reviewId, 'conversation'), [reviewId])
  // Held only to hand over: the conversation screen tags notes with the focus's lines.
  const focus = useLive(() => getFocus(reviewId).then((f) => f ?? null), [reviewId])
  const sorted = list && [...list].sort((a, b) => (a.data.at < b.data.at ? 1 : -1))

  const { said, busy, attempt } = useAttempt()
  const start = () =>
    attempt(async () => {
      const conversation = await startConversation(reviewId, withWhom)
      // Its screen draws from what was just written instead of reading it back.
      if (focus !== undefined) handOver({ record: conversation, focus: focus ?? undefined })
      route(`/reviews/${reviewId}/conversations/${conversation.id}`)
    })

  return (
    <ReviewLayout reviewId={reviewId} tab="conversations">
      <h1>{t('conversations.title')}</h1>
      <div class="card stack">
        <Select
          label={t('conversations.with')}
          value={withWhom}
          options={CONVERSATION_WITH.map((w) => ({ value: w, label: t(`with.${w}`) }))}
          onChange={setWithWhom}
        />
        <button type="button" class="primary" disabled={busy} onClick={start}>
          {t('conversations.start')}
        </button>
        <Message said={said} />
      </div>
      {sorted === undefined ? (
        <p>{t('common.loading')}</p>
      ) : sorted.length === 0 ? (
        <p class="empty">{t('conversations.empty')}</p>
      ) : (
        <ul class="list" aria-label={t('conversations.title')}>
          {sorted.map((c) => (
            <li key={c.id}>
              <a class="list-item" href={`/reviews/${reviewId}/conversations/${c.id}`}>
                <strong>{conversationTitle(c.data)}</strong>
                <span>
                  {t(`with.${c.data.with}`)} · {formatTime(c.data.at)} ·{' '}
                  {t('conversations.responses', {
                    count: c.data.notes.filter((n) => n.text.trim()).length,
                  })}{' '}
                  · {t('visits.by', { name: nameOf(c.by) })}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </ReviewLayout>
  )
}
