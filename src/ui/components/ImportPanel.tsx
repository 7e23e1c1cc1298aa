import type { ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { isReviewDayError, type KnownRecord } from '../../domain/errors'
import { BUNDLE_ACCEPT } from '../../platform/files'
import { requestPersistence } from '../../platform/storage'
import { type Exchange, openExchange, type Success } from '../../worker/exchange-client'
import type { Job, ShownPreview, Stage } from '../../worker/protocol'
import { formatList, t } from '../messages'
import { importCountsText, knownRecordName } from '../titles'
import { TextField } from './fields'
import { explainError, Message } from './Message'
import { QrReceiveButton } from './QrButtons'
import { WorkProgress } from './WorkProgress'

type Step =
  | { name: 'idle' }
  | { name: 'busy'; stage: Stage; done: number | null }
  | { name: 'preview'; preview: ShownPreview }
  | { name: 'passphrase'; problem?: string }
  | { name: 'done'; message: string; reviewId?: string | undefined }
  | { name: 'error'; message: string }

/**
 * The import's steps: a file is read, unsealed if sealed, checked and previewed (who from, which
 * review, what would change); confirm applies it in one transaction. A refusal changes nothing.
 * The work runs in the exchange worker (src/worker), which keeps the bundle between the steps, so
 * the page answers while a large file is checked and written.
 */
function useImport() {
  const [step, setStep] = useState<Step>({ name: 'idle' })
  const exchange = useRef<Exchange | null>(null)
  const end = () => {
    exchange.current?.close()
    exchange.current = null
  }
  useEffect(() => end, [])
  const fail = (error: unknown) => {
    end()
    setStep({ name: 'error', message: explainImport(error) })
  }
  const busy = (stage: Stage, done: number | null) => setStep({ name: 'busy', stage, done })
  const run = (job: Job) => {
    exchange.current ??= openExchange()
    return exchange.current.run(job, busy)
  }

  const checked = (outcome: Success) => {
    if (outcome.type === 'sealed') return setStep({ name: 'passphrase' })
    if (outcome.type !== 'preview') throw new Error(`unexpected ${outcome.type}`)
    const { preview } = outcome
    if (!preview.alreadyImported) return setStep({ name: 'preview', preview })
    end()
    setStep({
      name: 'done',
      message: t('import.alreadyImported'),
      reviewId: preview.reviews[0]?.id,
    })
  }

  const take = async (file: File | undefined) => {
    if (!file) return
    end()
    busy('reading', 0)
    await run({ type: 'check', file }).then(checked).catch(fail)
  }

  // A wrong passphrase keeps the form open to try again; nothing is written until Import.
  const unseal = async (passphrase: string) => {
    busy('opening', null)
    await run({ type: 'unseal', passphrase })
      .then(checked)
      .catch((error: unknown) => {
        if (isReviewDayError(error, 'seal/wrong-passphrase')) {
          setStep({ name: 'passphrase', problem: explainError(error) })
        } else fail(error)
      })
  }

  const confirm = async (preview: ShownPreview) => {
    busy('applying', null)
    try {
      const outcome = await run({ type: 'apply' })
      if (outcome.type !== 'applied') throw new Error(`unexpected ${outcome.type}`)
      end()
      void requestPersistence()
      const message = outcome.result.alreadyImported
        ? t('import.alreadyImported')
        : t('import.done', {
            name: preview.from.name,
            counts: importCountsText(outcome.result.counts),
          })
      setStep({ name: 'done', message, reviewId: preview.reviews[0]?.id })
    } catch (error) {
      fail(error)
    }
  }

  const reset = () => {
    end()
    setStep({ name: 'idle' })
  }
  return { step, take, unseal, confirm, reset }
}

/**
 * The catalogue's sentence for a refused import. A record claimed to be this device's work is
 * named in this device's words (titles.ts), which only the screens hold.
 */
function explainImport(error: unknown): string {
  if (isReviewDayError(error, 'bundle/claims-this-device')) {
    return t('error.bundle/claims-this-device', {
      record: knownRecordName(error.details.record),
    })
  }
  return explainError(error)
}

/** A bundle received as QR codes goes through the same steps as a file (QrReceive.tsx). */
const JSON_TYPE = 'application/json'

/** Choose or drop a bundle, see what it would change, then Import. */
export function ImportPanel(props: {
  onOpenReview?: (reviewId: string) => void
  /** A file that arrived another way (opened with the installed app). */
  file?: File | undefined
}) {
  const { step, take, unseal, confirm, reset } = useImport()
  useEffect(() => {
    if (props.file) void take(props.file)
  }, [props.file])
  return (
    <DropZone onFile={take}>
      <QrReceiveButton
        onBundle={(text) => take(new File([text], 'qr.json', { type: JSON_TYPE }))}
      />
      <StatusLine step={step} onOpenReview={props.onOpenReview} />
      {step.name === 'error' && <Message said={{ text: step.message, error: true }} />}
      {step.name === 'passphrase' && (
        <PassphraseForm
          problem={step.problem}
          onOpen={(passphrase) => unseal(passphrase)}
          onCancel={reset}
        />
      )}
      {step.name === 'preview' && (
        <PreviewView
          preview={step.preview}
          onConfirm={() => confirm(step.preview)}
          onCancel={reset}
        />
      )}
    </DropZone>
  )
}

/** The file button, and a drop target around it; the chosen or dropped file goes to onFile. */
function DropZone(props: {
  onFile: (file: File | undefined) => Promise<void>
  children: ComponentChildren
}) {
  const [dragging, setDragging] = useState(false)
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
        void props.onFile(e.dataTransfer?.files[0])
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
            void props.onFile(input.files?.[0]).then(() => {
              input.value = ''
            })
          }}
        />
      </label>
      <p class="hint drop-hint">{t('import.drop')}</p>
      {props.children}
    </div>
  )
}

/** The polite live region: what is happening, and the result with a way to the review. */
function StatusLine(props: { step: Step; onOpenReview: ((reviewId: string) => void) | undefined }) {
  const { step, onOpenReview } = props
  return (
    <div role="status" aria-live="polite">
      {step.name === 'busy' && <WorkProgress stage={step.stage} done={step.done} />}
      {step.name === 'done' && (
        <div class="stack">
          <p class="note">{step.message}</p>
          {step.reviewId && onOpenReview && (
            <button
              type="button"
              class="secondary"
              onClick={() => onOpenReview(step.reviewId as string)}
            >
              {t('import.openReview')}
            </button>
          )}
        </div>
      )}
    </div>
  )
}

function PreviewView(props: {
  preview: ShownPreview
  onConfirm: () => void
  onCancel: () => void
}) {
  const { preview } = props
  return (
    <section class="preview stack" aria-labelledby="import-preview">
      <h3 id="import-preview">{t('import.previewTitle')}</h3>
      <p>{t('import.from', { name: preview.from.name, school: preview.from.school })}</p>
      <p>
        {t('import.reviews', {
          names: formatList(preview.reviews.map((r) => r.hostSchool || r.id)),
        })}
      </p>
      <ul>
        <li>{t('import.countNew', { count: preview.counts.new })}</li>
        <li>{t('import.countUpdated', { count: preview.counts.updated })}</li>
        <li>{t('import.countUnchanged', { count: preview.counts.unchanged })}</li>
        <li>{t('import.countConflicts', { count: preview.counts.conflicts })}</li>
      </ul>
      {preview.sameIdBefore && <p>{t('import.sameIdBefore')}</p>}
      <Losses losses={preview.losses} />
      <div class="row">
        <button type="button" class="primary" onClick={props.onConfirm}>
          {t('import.confirm')}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  )
}

/**
 * What the person would lose sight of, each record named from this device's data, so they
 * confirm knowing it; an import can be undone from the history afterwards.
 */
function Losses({ losses }: { losses: ShownPreview['losses'] }) {
  if (losses.deletes.length === 0 && losses.replaces.length === 0) return null
  const list = (title: string, records: KnownRecord[]) =>
    records.length > 0 && (
      <>
        <p>
          <strong>{title}</strong>
        </p>
        <ul>
          {records.map((record, i) => (
            <li key={i}>{knownRecordName(record)}</li>
          ))}
        </ul>
      </>
    )
  return (
    <div class="alert stack">
      {list(t('import.deletesTitle'), losses.deletes)}
      {list(t('import.replacesTitle'), losses.replaces)}
      <p>{t('import.lossesHint')}</p>
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
      <Message said={props.problem ? { text: props.problem, error: true } : null} />
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
