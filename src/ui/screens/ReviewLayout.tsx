import type { ComponentChildren } from 'preact'
import { getShown } from '../../db/read'
import { ReviewProgress } from '../components/ReviewProgress'
import { useLive } from '../hooks/use-live'
import { t } from '../messages'

export type ReviewTab =
  | 'focus'
  | 'visits'
  | 'conversations'
  | 'evidence'
  | 'feedback'
  | 'workshop'
  | 'follow-up'
  | 'share'
const TABS: readonly ReviewTab[] = [
  'focus',
  'visits',
  'conversations',
  'evidence',
  'feedback',
  'workshop',
  'follow-up',
  'share',
]

/** The review's name and its sections; each section is a route of its own so links deep-open. */
export function ReviewLayout(props: {
  reviewId: string
  tab: ReviewTab
  children: ComponentChildren
}) {
  const review = useLive(() => getShown<'review'>(props.reviewId), [props.reviewId])
  return (
    <>
      <p class="review-name">{review?.data.hostSchool ?? '\u00a0'}</p>
      <p class="review-next">
        <ReviewProgress reviewId={props.reviewId} />
      </p>
      <nav aria-label={t('review.tabs')} class="tabs">
        {TABS.map((tab) => (
          <a
            key={tab}
            href={`/reviews/${props.reviewId}/${tab}`}
            aria-current={tab === props.tab ? 'page' : undefined}
          >
            {t(`review.${tab}`)}
          </a>
        ))}
      </nav>
      {props.children}
    </>
  )
}
