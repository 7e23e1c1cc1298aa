import { useRef, useState } from 'preact/hooks'
import { markExported } from '../../db/exchange'
import { bundleFileName, sealedFileName } from '../../domain/bundle'
import type { Profile } from '../../domain/schemas'
import { checkPassphrase, type PassphraseCheck } from '../../domain/seal'
import { shareOrDownload } from '../../platform/files'
import { openExchange } from '../../worker/exchange-client'
import type { ExportedFile, Job, Stage } from '../../worker/protocol'
import { t } from '../messages'
import { TextField } from './fields'
import { explainError, Message, type Said } from './Message'
import { QrShowButton } from './QrButtons'
import { WorkProgress } from './WorkProgress'

interface Ready {
  bundle: ExportedFile
  file: string
  sealed: boolean
}

/**
 * Makes the bundle (sealed or not) when asked, in the exchange worker (src/worker) so the page
 * answers meanwhile, then shares or saves it when the person taps.
 */
function useExport(props: { reviewId: string; hostSchool: string; profile: Profile }) {
  const [ready, setReady] = useState<Ready | null>(null)
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<{ stage: Stage; done: number | null } | null>(null)
  const [message, setMessage] = useState<Said | null>(null)
  const fail = (error: unknown) => setMessage({ text: explainError(error), error: true })

  /** `passphrase` null: not sealed. */
  const prepare = async (passphrase: string | null) => {
    setBusy(true)
    setMessage({ text: t(passphrase === null ? 'share.exporting' : 'seal.sealing'), error: false })
    const exchange = openExchange()
    try {
      const { reviewId, profile } = props
      const job: Job = { type: 'export', reviewIds: [reviewId], profile, passphrase }
      const outcome = await exchange.run(job, (stage, done) => setProgress({ stage, done }))
      if (outcome.type !== 'exported') throw new Error(`unexpected ${outcome.type}`)
      // A sealed file's name carries no school and no name: that is what sealing keeps private.
      const file =
        passphrase === null
          ? bundleFileName(props.hostSchool, new Date(), props.profile.name)
          : sealedFileName(new Date(), outcome.exported.bundleId)
      setReady({ bundle: outcome.exported, file, sealed: passphrase !== null })
      setMessage(null)
    } catch (error) {
      fail(error)
    } finally {
      exchange.close()
      setProgress(null)
      setBusy(false)
    }
  }

  // While the share sheet is open, another tap would be refused by the browser, and what that
  // tap did must not count the work as sent: the open sheet decides.
  const sending = useRef(false)
  const send = async () => {
    if (!ready || sending.current) return
    sending.current = true
    try {
      const delivery = await shareOrDownload(ready.bundle.file, ready.file)
      if (delivery !== 'cancelled') await markExported(ready.bundle)
      setMessage({ text: t(`share.${delivery}`, { file: ready.file }), error: false })
    } catch (error) {
      fail(error)
    } finally {
      sending.current = false
    }
  }
  return { ready, setReady, busy, progress, message, setMessage, prepare, send }
}

/**
 * Export in two taps: first the bundle is made (and sealed, which takes a second), then it is
 * shared or saved. iOS only shares a file within a few seconds of the tap that asks for it, so the
 * slow work happens before that tap (src/README.md, "Known browser pitfalls"). Sealed by default:
 * bundles may hold pupil voice.
 */
export function ExportPanel(props: { reviewId: string; hostSchool: string; profile: Profile }) {
  const [unsealed, setUnsealed] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const { ready, setReady, busy, progress, message, setMessage, prepare, send } = useExport(props)
  /** The passphrase to seal with (null: not sealed), or undefined after saying why not. */
  const choose = (): string | null | undefined => {
    if (unsealed) return null
    const problem = passphraseRefusal(passphrase, again)
    if (problem === null) return passphrase
    setMessage({ text: problem, error: true })
    return undefined
  }
  const submit = (event: Event) => {
    event.preventDefault()
    setReady(null)
    const chosen = choose()
    if (chosen !== undefined) void prepare(chosen)
  }
  return (
    <form class="stack" onSubmit={submit} noValidate>
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
        <PassphraseFields
          passphrase={passphrase}
          again={again}
          onPassphrase={(p) => {
            setPassphrase(p)
            setReady(null)
          }}
          onAgain={(p) => {
            setAgain(p)
            setReady(null)
          }}
        />
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
      {progress && <WorkProgress stage={progress.stage} done={progress.done} />}
      <Message said={message} />
      <QrShowButton reviewId={props.reviewId} profile={props.profile} choose={choose} />
    </form>
  )
}

/** Why the passphrase cannot seal (the same rules for a file and for QR codes), or null. */
function passphraseRefusal(passphrase: string, again: string): string | null {
  const check = checkPassphrase(passphrase)
  if (!check.ok) return passphraseProblem(check)
  return passphrase === again ? null : t('seal.mismatch')
}

/** Why a passphrase cannot seal: too short, or among the first anyone would try. */
function passphraseProblem(check: PassphraseCheck): string {
  return check.problem === 'too-weak' ? t('error.seal/too-weak') : t('seal.tooShort')
}

/** The passphrase twice, with a hint at its strength; the person says it another way. */
function PassphraseFields(props: {
  passphrase: string
  again: string
  onPassphrase: (passphrase: string) => void
  onAgain: (again: string) => void
}) {
  const check = checkPassphrase(props.passphrase)
  return (
    <>
      <TextField
        type="password"
        label={t('seal.passphrase')}
        hint={t('seal.passphraseHint')}
        value={props.passphrase}
        autoComplete="new-password"
        onInput={props.onPassphrase}
      />
      {props.passphrase && (
        <p class="hint" aria-live="polite">
          {check.ok ? t(`seal.strength.${check.strength}`) : passphraseProblem(check)}
        </p>
      )}
      <TextField
        type="password"
        label={t('seal.again')}
        value={props.again}
        autoComplete="new-password"
        onInput={props.onAgain}
      />
      <p class="hint">{t('seal.otherChannel')}</p>
    </>
  )
}
