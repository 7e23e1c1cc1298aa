import { useEffect, useState } from 'preact/hooks'
import { applyImport, type ImportPreview, previewImport } from '../../db/exchange'
import { type DecodedBundle, decodeBundle } from '../../domain/bundle'
import { isReviewDayError } from '../../domain/errors'
import { isSealed, unsealBundle } from '../../domain/seal'
import { BUNDLE_ACCEPT, readBundleFile } from '../../platform/files'
import { requestPersistence } from '../../platform/storage'
import { t } from '../messages'
import { TextField } from './fields'
import { explainError } from './Message'

type Step =
  | { name: 'idle' }
  | { name: 'busy'; label: string }
  | { name: 'preview'; bundle: DecodedBundle; preview: ImportPreview }
  | { name: 'passphrase'; sealed: string; problem?: string }
  | { name: 'done'; message: string; reviewId?: string }
  | { name: 'error'; message: string }

/**
 * Choose or drop a bundle → it is read, checked and previewed (who from, which review, what would
 * change) → Import applies it in one transaction. Every refusal says why and changes nothing.
 */
export function ImportPanel(props: {
  onOpenReview?: (reviewId: string) => void
  /** A file that arrived another way (opened with the installed app). */
  file?: File | undefined
}) {
  const [step, setStep] = useState<Step>({ name: 'idle' })
  const [dragging, setDragging] = useState(false)

  const take = async (file: File | undefined) => {
    if (!file) return
    try {
      setStep({ name: 'busy', label: t('import.reading') })
      const text = await readBundleFile(file)
      if (isSealed(text)) setStep({ name: 'passphrase', sealed: text })
      else await check(text)
    } catch (error) {
      setStep({ name: 'error', message: explainError(error) })
    }
  }

  const check = async (text: string) => {
    setStep({ name: 'busy', label: t('import.checking') })
    const bundle = await decodeBundle(text)
    const preview = await previewImport(bundle)
    if (preview.alreadyImported) {
      setStep({ name: 'done', message: t('import.alreadyImported'), reviewId: bundle.reviews[0] })
    } else setStep({ name: 'preview', bundle, preview })
  }

  // A wrong passphrase keeps the form open to try again; nothing is written until Import.
  const unseal = async (sealed: string, passphrase: string) => {
    setStep({ name: 'busy', label: t('seal.opening') })
    try {
      await check(await unsealBundle(sealed, passphrase))
    } catch (error) {
      if (isReviewDayError(error, 'seal/wrong-passphrase')) {
        setStep({ name: 'passphrase', sealed, problem: explainError(error) })
      } else setStep({ name: 'error', message: explainError(error) })
    }
  }

  const confirm = async (bundle: DecodedBundle, preview: ImportPreview) => {
    setStep({ name: 'busy', label: t('import.applying') })
    try {
      const result = await applyImport(bundle, preview)
      void requestPersistence()
      const message = result.alreadyImported
        ? t('import.alreadyImported')
        : t('import.done', { name: bundle.from.name, ...result.counts })
      setStep({ name: 'done', message, reviewId: bundle.reviews[0] })
    } catch (error) {
      setStep({ name: 'error', message: explainError(error) })
    }
  }

  useEffect(() => {
    if (props.file) void take(props.file)
  }, [props.file])

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file input inside is the accessible way in
    <div
      class={dragging ? 'drop-zone dragging stack' : 'drop-zone stack'}
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault()
        setDragging(false)
        void take(e.dataTransfer?.files[0])
      }}
    >
      <p class="hint">{t('import.hint')}</p>
      <label class="button secondary file-button">
        {t('import.choose')}
        <input
          type="file"
          accept={BUNDLE_ACCEPT}
          class="visually-hidden"
          onChange={(e) => {
            const input = e.currentTarget
            void take(input.files?.[0]).then(() => {
              input.value = ''
            })
          }}
        />
      </label>
      <p class="hint drop-hint">{t('import.drop')}</p>
      <div role="status" aria-live="polite">
        {step.name === 'busy' && (
          <p>
            <progress aria-label={step.label} /> {step.label}
          </p>
        )}
        {step.name === 'done' && (
          <div class="stack">
            <p class="note">{step.message}</p>
            {step.reviewId && props.onOpenReview && (
              <button
                type="button"
                class="secondary"
                onClick={() => props.onOpenReview?.(step.reviewId as string)}
              >
                {t('import.openReview')}
              </button>
            )}
          </div>
        )}
      </div>
      {step.name === 'error' && (
        <p role="alert" class="alert">
          {step.message}
        </p>
      )}
      {step.name === 'passphrase' && (
        <PassphraseForm
          problem={step.problem}
          onOpen={(passphrase) => unseal(step.sealed, passphrase)}
          onCancel={() => setStep({ name: 'idle' })}
        />
      )}
      {step.name === 'preview' && (
        <section class="preview stack" aria-labelledby="import-preview">
          <h3 id="import-preview">{t('import.previewTitle')}</h3>
          <p>
            {t('import.from', { name: step.preview.from.name, school: step.preview.from.school })}
          </p>
          <p>
            {t('import.reviews', {
              names: step.preview.reviews.map((r) => r.hostSchool || r.id).join(', '),
            })}
          </p>
          <ul>
            <li>{t('import.countNew', { count: step.preview.counts.new })}</li>
            <li>{t('import.countUpdated', { count: step.preview.counts.updated })}</li>
            <li>{t('import.countUnchanged', { count: step.preview.counts.unchanged })}</li>
            <li>{t('import.countConflicts', { count: step.preview.counts.conflicts })}</li>
          </ul>
          <div class="row">
            <button
              type="button"
              class="primary"
              onClick={() => confirm(step.bundle, step.preview)}
            >
              {t('import.confirm')}
            </button>
            <button type="button" class="secondary" onClick={() => setStep({ name: 'idle' })}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      )}
    </div>
  )
}

function PassphraseForm(props: {
  problem: string | undefined
  onOpen: (passphrase: string) => void
  onCancel: () => void
}) {
  const [passphrase, setPassphrase] = useState('')
  return (
    <form
      class="preview stack"
      aria-labelledby="sealed-title"
      onSubmit={(e) => {
        e.preventDefault()
        props.onOpen(passphrase)
      }}
    >
      <h3 id="sealed-title">{t('seal.askTitle')}</h3>
      <TextField
        type="password"
        label={t('seal.openPassphrase')}
        hint={t('seal.askHint')}
        value={passphrase}
        autoComplete="off"
        onInput={setPassphrase}
      />
      {props.problem && (
        <p role="alert" class="alert">
          {props.problem}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary">
          {t('seal.open')}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
