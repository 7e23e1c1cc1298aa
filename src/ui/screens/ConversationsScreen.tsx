import { useRoute } from 'preact-iso'
import { startConversation } from '../../db/conversations'
import { getFocus, listOfKind } from '../../db/read'
import { CONVERSATION_WITH } from '../../domain/schemas'
import { StartCard } from '../components/StartCard'
import { useLive } from '../hooks/use-live'
import { usePeople } from '../hooks/use-people'
import { formatTime, t } from '../messages'
import { conversationTitle } from '../titles'
import { ReviewLayout } from './ReviewLayout'

export function ConversationsScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const nameOf = usePeople()
  const list = useLive(() => listOfKind(reviewId, 'conversation'), [reviewId])
  // Held only to hand over (StartCard): the conversation screen tags notes with its lines.
  const focus = useLive(() => getFocus(reviewId).then((f) => f ?? null), [reviewId])
  const sorted = list && [...list].sort((a, b) => (a.data.at < b.data.at ? 1 : -1))

  return (
    <ReviewLayout reviewId={reviewId} tab="conversations">
      <h1>{t('conversations.title')}</h1>
      <StartCard
        label={t('conversations.with')}
        options={CONVERSATION_WITH.map((w) => ({ value: w, label: t(`with.${w}`) }))}
        first="pupils"
        button={t('conversations.start')}
        focus={focus}
        start={(withWhom) => startConversation(reviewId, withWhom)}
        path={(id) => `/reviews/${reviewId}/conversations/${id}`}
      />
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
