import { useState } from 'preact/hooks'
import { type ExportedBundle, exportReviews, markExported } from '../../db/exchange'
import { bundleFileName } from '../../domain/bundle'
import type { Profile } from '../../domain/schemas'
import { checkPassphrase, sealBundle } from '../../domain/seal'
import { shareOrDownload } from '../../platform/files'
import { t } from '../messages'
import { TextField } from './fields'
import { explainError, Message } from './Message'

interface Ready {
  bundle: ExportedBundle
  text: string
  file: string
  sealed: boolean
}

/**
 * Export in two taps: first the bundle is made (and sealed, which takes a second), then it is
 * shared or saved. iOS only shares a file within a few seconds of the tap that asks for it, so the
 * slow work happens before that tap (DESIGN §7). Sealed by default: bundles may hold pupil voice.
 */
export function ExportPanel(props: { reviewId: string; hostSchool: string; profile: Profile }) {
  const [unsealed, setUnsealed] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const [ready, setReady] = useState<Ready | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const check = checkPassphrase(passphrase)

  const fail = (error: unknown) => {
    setMessage({ text: explainError(error), error: true })
  }

  const prepare = async (event: Event) => {
    event.preventDefault()
    setReady(null)
    if (!unsealed) {
      if (!check.ok) return setMessage({ text: t('seal.tooShort'), error: true })
      if (passphrase !== again) return setMessage({ text: t('seal.mismatch'), error: true })
    }
    setBusy(true)
    setMessage({ text: t(unsealed ? 'share.exporting' : 'seal.sealing'), error: false })
    try {
      const bundle = await exportReviews([props.reviewId], props.profile)
      const text = unsealed ? bundle.text : await sealBundle(bundle.text, passphrase)
      const file = bundleFileName(props.hostSchool, new Date(), props.profile.name)
      setReady({ bundle, text, file, sealed: !unsealed })
      setMessage(null)
    } catch (error) {
      fail(error)
    } finally {
      setBusy(false)
    }
  }

  const send = async () => {
    if (!ready) return
    try {
      const delivery = await shareOrDownload(ready.text, ready.file)
      if (delivery !== 'cancelled') await markExported(ready.bundle)
      setMessage({ text: t(`share.${delivery}`, { file: ready.file }), error: false })
    } catch (error) {
      fail(error)
    }
  }

  return (
    <form class="stack" onSubmit={prepare} noValidate>
      <label class="check">
        <input
          type="checkbox"
          checked={unsealed}
          onChange={(e) => {
            setUnsealed(e.currentTarget.checked)
            setReady(null)
          }}
        />
        {t('seal.unsealedChoice')}
      </label>
      {unsealed ? (
        <p class="alert">{t('seal.unsealedWarning')}</p>
      ) : (
        <>
          <TextField
            type="password"
            label={t('seal.passphrase')}
            hint={t('seal.passphraseHint')}
            value={passphrase}
            autoComplete="new-password"
            onInput={(p) => {
              setPassphrase(p)
              setReady(null)
            }}
          />
          {passphrase && (
            <p class="hint" aria-live="polite">
              {check.ok ? t(`seal.strength.${check.strength}`) : t('seal.tooShort')}
            </p>
          )}
          <TextField
            type="password"
            label={t('seal.again')}
            value={again}
            autoComplete="new-password"
            onInput={(p) => {
              setAgain(p)
              setReady(null)
            }}
          />
          <p class="hint">{t('seal.otherChannel')}</p>
        </>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {t(unsealed ? 'share.export' : 'seal.export')}
      </button>
      {ready && (
        <div class="stack ready">
          <p role="status">
            {t(ready.sealed ? 'seal.ready' : 'share.ready', { file: ready.file })}
          </p>
          <button type="button" class="primary" onClick={send}>
            {t('share.send.button')}
          </button>
        </div>
      )}
      <Message said={message} />
    </form>
  )
}
