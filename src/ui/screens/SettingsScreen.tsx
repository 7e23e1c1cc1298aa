import { useState } from 'preact/hooks'
import { listReviews } from '../../db/read'
import { eraseEverything, removeReview } from '../../db/remove'
import { unexportedByReview } from '../../db/unexported'
import { runningInstalled } from '../../platform/install'
import {
  type Persistence,
  persistence,
  requestPersistence,
  storageEstimate,
} from '../../platform/storage'
import { appVersion } from '../../platform/version'
import { Section } from '../components/fields'
import { InstallApp } from '../components/InstallApp'
import { LanguageChoice } from '../components/LanguageChoice'
import { useLive } from '../hooks/use-live'
import { useProfile } from '../hooks/use-profile'
import { t } from '../messages'
import { ProfileForm } from './ProfileForm'

function megabytes(bytes: number | null): string {
  return bytes === null ? '?' : (bytes / 1024 / 1024).toFixed(1)
}

export function SettingsScreen() {
  const profile = useProfile()
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <Section title={t('settings.profile')}>
        {profile === undefined ? <p>{t('common.loading')}</p> : <ProfileForm initial={profile} />}
      </Section>
      <Section title={t('settings.language')}>
        <LanguageChoice titled />
      </Section>
      <StorageSection />
      <Section title={t('settings.app')}>
        <p>{t('settings.version', { version: appVersion })}</p>
        <p>{t(runningInstalled() ? 'settings.installed' : 'settings.notInstalled')}</p>
        <InstallApp />
        <CheckForUpdate />
      </Section>
      <ReviewsOnDevice />
      <EraseEverything />
    </>
  )
}

function StorageSection() {
  const [asked, setAsked] = useState<Persistence | null>(null)
  const state = useLive(
    async () => ({ p: await persistence(), e: await storageEstimate() }),
    [asked],
  )
  const p = asked ?? state?.p
  return (
    <Section title={t('settings.storage')}>
      {!state || !p ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <p>{p.persisted ? t('settings.persisted') : t('settings.notPersisted')}</p>
          {!p.persisted && (
            <>
              <p class="hint">{t('settings.notPersistedWhy')}</p>
              {p.supported && (
                <button
                  type="button"
                  class="secondary"
                  onClick={async () => setAsked(await requestPersistence())}
                >
                  {t('settings.askPersist')}
                </button>
              )}
            </>
          )}
          {state.e.supported && (
            <p>
              {t('settings.usage', {
                used: megabytes(state.e.usage),
                quota: megabytes(state.e.quota),
              })}
            </p>
          )}
        </>
      )}
    </Section>
  )
}

/** Settles when a downloading version is installed (or failed: 'redundant'), with that state. */
function installed(worker: ServiceWorker): Promise<ServiceWorkerState> {
  return new Promise((resolve) => {
    const settled = () => {
      if (worker.state === 'installing') return
      worker.removeEventListener('statechange', settled)
      resolve(worker.state)
    }
    worker.addEventListener('statechange', settled)
    settled()
  })
}

function CheckForUpdate() {
  const [message, setMessage] = useState('')
  const check = async () => {
    const registration = await navigator.serviceWorker?.getRegistration()
    if (!registration) return setMessage(t('settings.noUpdates'))
    setMessage(t('settings.checking'))
    try {
      await registration.update()
      // update() settles when a new version starts downloading, not when it is ready: until then
      // "latest version" would be wrong.
      const installing = registration.installing
      if (installing) {
        setMessage(t('settings.downloading'))
        if ((await installed(installing)) === 'redundant')
          return setMessage(t('settings.offlineCheck'))
      }
      setMessage(registration.waiting ? t('update.available') : t('settings.upToDate'))
    } catch {
      setMessage(t('settings.offlineCheck'))
    }
  }
  return (
    <>
      <button type="button" class="secondary" onClick={check}>
        {t('settings.checkUpdate')}
      </button>
      <p role="status">{message}</p>
    </>
  )
}

/** What would be lost, and the two buttons: do it, or think again. */
function ConfirmLoss(props: {
  warning: string
  unexported: number
  confirm: string
  onConfirm: () => Promise<void>
  onCancel: () => void
}) {
  return (
    <div class="stack warning">
      <p>{props.warning}</p>
      <p class={props.unexported ? 'alert' : ''}>
        {props.unexported
          ? t('settings.removeUnexported', { count: props.unexported })
          : t('settings.removeExported')}
      </p>
      <div class="row">
        <button type="button" class="danger" onClick={props.onConfirm}>
          {props.confirm}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  )
}

/** Every review on the device with its unexported changes, counted in one read. */
function useReviewsWithChanges() {
  return useLive(async () => {
    const [reviews, unexported] = await Promise.all([listReviews(), unexportedByReview()])
    return reviews.map((review) => ({ review, unexported: unexported.get(review.id) ?? 0 }))
  }, [])
}

function ReviewsOnDevice() {
  const reviews = useReviewsWithChanges()
  const [confirming, setConfirming] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  if (!reviews) return null
  return (
    <Section title={t('settings.reviews')}>
      {reviews.length === 0 && <p class="empty">{t('reviews.empty')}</p>}
      <ul class="plain">
        {reviews.map(({ review, unexported }) => (
          <li key={review.id} class="stack">
            <strong>{review.data.hostSchool}</strong>
            {confirming === review.id ? (
              <ConfirmLoss
                warning={t('settings.removeWarning', { school: review.data.hostSchool })}
                unexported={unexported}
                confirm={t('settings.confirmRemove')}
                onConfirm={async () => {
                  await removeReview(review.id)
                  setConfirming(null)
                  setMessage(t('settings.removed', { school: review.data.hostSchool }))
                }}
                onCancel={() => setConfirming(null)}
              />
            ) : (
              <button type="button" class="danger" onClick={() => setConfirming(review.id)}>
                {t('settings.remove', { school: review.data.hostSchool })}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p role="status">{message}</p>
    </Section>
  )
}

function EraseEverything() {
  const reviews = useReviewsWithChanges()
  const [confirming, setConfirming] = useState(false)
  return (
    <Section title={t('settings.erase')}>
      {confirming ? (
        <ConfirmLoss
          warning={t('settings.eraseWarning', { count: reviews?.length ?? 0 })}
          unexported={reviews?.reduce((sum, r) => sum + r.unexported, 0) ?? 0}
          confirm={t('settings.confirmErase')}
          onConfirm={async () => {
            await eraseEverything()
            window.location.assign('/')
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('settings.erase')}
        </button>
      )}
    </Section>
  )
}
