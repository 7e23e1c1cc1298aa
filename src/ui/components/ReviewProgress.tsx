// A review's next step and how many of its actions are due for review this week, on the reviews
// list and at the top of a review. Its few words are registered here in both languages (they are
// small, and the language can change while the list is open), so the reviews list can load this
// module (LazyReviewProgress) without the rest of the catalogue.
import { progressByReview } from '../../db/progress'
import { localDay } from '../../domain/days'
import { actionsDue, nextStep, type ProgressFacts } from '../../domain/progress'
import { subscribeLive } from '../hooks/use-live'
import { addMessages, t } from '../messages'
import { progress as cyProgress } from '../messages/cy-progress'
import { progress } from '../messages/en-progress'

addMessages('en', progress)
addMessages('cy', cyProgress)

/**
 * Every review's progress facts for the reviews list, kept live by one query for all its rows (a
 * query per row made a hundred on a phone, each compared again after every write); the unsubscribe.
 */
export function watchProgress(next: (facts: Map<string, ProgressFacts>) => void): () => void {
  return subscribeLive(progressByReview, next)
}

/** The next step and the actions due, from facts already read. */
export function ProgressLine({ facts }: { facts: ProgressFacts }) {
  const today = localDay(new Date())
  const due = actionsDue(facts.actions, facts.checkins, today).length
  return (
    <>
      <span class="next-step">{t(`next.${nextStep(facts, today)}`)}</span>
      {due > 0 && <span class="badge">{t('progress.due', { count: due })}</span>}
    </>
  )
}
