import type { ComponentChildren } from 'preact'
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks'
import { reviewProgress } from '../../db/progress'
import { getShown } from '../../db/read'
import { ProgressLine } from '../components/ReviewProgress'
import { useLive } from '../hooks/use-live'
import { t } from '../messages'
import { warmReviewScreens } from '../warm'

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
  /**
   * Whether the review's next step shows above the tabs. A note-taking screen leaves it out: there
   * the note box must be on a phone's first screen, ready to type.
   */
  nextStep?: boolean
  children: ComponentChildren
}) {
  const withNext = props.nextStep ?? true
  const nav = useRef<HTMLElement>(null)
  const review = useLive(() => getShown<'review'>(props.reviewId), [props.reviewId])
  // Wrapped, so "still reading" (undefined) differs from "no such review" ({ facts: undefined }).
  const progress = useLive(
    async () => ({ facts: withNext ? await reviewProgress(props.reviewId) : undefined }),
    [props.reviewId, withNext],
  )
  // Without the next-step line nothing waits on that read: a note-taking screen draws at once.
  const drawn = !withNext || progress !== undefined
  // On a phone the tabs are one row that scrolls sideways: bring the current one into view, before
  // the first paint so the row never jumps under a finger.
  useLayoutEffect(() => {
    const row = nav.current
    const current = row?.querySelector<HTMLElement>('[aria-current="page"]')
    if (!row || !current || row.scrollWidth <= row.clientWidth) return
    row.scrollLeft = current.offsetLeft - (row.clientWidth - current.offsetWidth) / 2
  }, [props.tab, drawn])
  useEffect(() => (drawn ? whenIdle(warmReviewScreens) : undefined), [drawn])
  // The section is drawn once the next-step line above it is known: a line arriving later would
  // push every control down under a finger already pressing one (WebKit's journey lost a tap so).
  if (!drawn) return <p>{t('common.loading')}</p>
  return (
    <>
      <p class="review-name">{review?.data.hostSchool ?? '\u00a0'}</p>
      {withNext && (
        <p class="review-next">{progress?.facts && <ProgressLine facts={progress.facts} />}</p>
      )}
      <nav aria-label={t('review.tabs')} class="tabs" ref={nav}>
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

/** Runs `work` once the page is idle (soon after, where the browser cannot tell); the cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 2_000 })
    return () => cancelIdleCallback(id)
  }
  const id = window.setTimeout(work, 200)
  return () => window.clearTimeout(id)
}
