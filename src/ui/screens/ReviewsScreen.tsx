import { type FirstScreenReads, readFirstScreen } from '../../db/first-read'
import { InstallApp } from '../components/InstallApp'
import { LanguageChoice } from '../components/LanguageChoice'
import { useListProgress } from '../components/LazyReviewProgress'
import { Recovered } from '../components/Recovered'
import { TrySample } from '../components/TrySample'
import { useFirstLive } from '../hooks/use-first-live'
import { useProfile } from '../hooks/use-profile'
import { formatDay, t } from '../messages'
import { ProfileForm } from './ProfileForm'

// The first screen draws from plain IndexedDB, read once, and Dexie's live queries take over once
// it has loaded (src/README.md, "Budgets"): the same reads, through the same code.
let firstReads: FirstScreenReads | undefined
const firstRead = () => (firstReads ??= readFirstScreen())

export function ReviewsScreen() {
  const profile = useProfile()
  const reviews = useFirstLive(
    () => firstRead().reviews,
    () => import('../../db/read').then((m) => m.listReviews),
  )
  // Counted apart from the list, so the list is drawn without waiting for the counts.
  const unexported = useFirstLive(
    () => firstRead().unexported,
    () => import('../../db/unexported').then((m) => m.unexportedByReview),
  )
  // Every row's next step from one live query, once the list is drawn.
  const progress = useListProgress(reviews !== undefined && reviews.length > 0)
  if (profile === undefined) return <p>{t('common.loading')}</p>
  if (profile === null) {
    return (
      <>
        <LanguageChoice />
        <h1>{t('profile.title')}</h1>
        <p>{t('profile.intro')}</p>
        <ProfileForm initial={null} />
      </>
    )
  }
  return (
    <>
      <h1>{t('reviews.title')}</h1>
      <div class="row">
        <a class="button primary" href="/reviews/new">
          {t('reviews.new')}
        </a>
        <a class="button secondary" href="/import">
          {t('reviews.import')}
        </a>
      </div>
      <Recovered />
      <InstallApp />
      {reviews === undefined ? (
        <p>{t('common.loading')}</p>
      ) : reviews.length === 0 ? (
        <>
          <p class="empty">{t('reviews.empty')}</p>
          <TrySample />
        </>
      ) : (
        <ul class="list">
          {reviews.map((r) => (
            <li key={r.id}>
              <a class="list-item" href={`/reviews/${r.id}`}>
                <strong>{r.data.hostSchool}</strong>
                <span>
                  {r.data.startDate
                    ? t('reviews.dates', {
                        start: formatDay(r.data.startDate),
                        end: formatDay(r.data.endDate || r.data.startDate),
                      })
                    : t('reviews.noDates')}
                  {' · '}
                  {t(`stage.${r.data.stage}`)}
                </span>
                {progress?.line(r.id)}
                {(unexported?.get(r.id) ?? 0) > 0 && (
                  <span class="badge">
                    {t('reviews.unexported', { count: unexported?.get(r.id) ?? 0 })}
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
