import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { encode } from 'uqr'
import { type ExportedBundle, exportReviews, markExported } from '../../db/exchange'
import {
  estimateSeconds,
  FRAMES_PER_SECOND,
  QR_ERROR_CORRECTION,
  QR_FRAME_LIMIT,
  type QrSender,
  qrSenderWithin,
} from '../../domain/qr-transfer'
import type { Profile } from '../../domain/schemas'
import { sealBundle } from '../../domain/seal'
import { useAttempt } from '../hooks/use-attempt'
import { t } from '../messages'
import { explainError, Message } from './Message'
import './qr.css'

type Plan =
  | { name: 'making' }
  | { name: 'ready'; sender: QrSender; exported: ExportedBundle }
  | { name: 'too-large' }
  | { name: 'error'; message: string }

/**
 * The bundle the export makes (sealed unless `passphrase` is null), deflated then sealed (a
 * version 2 envelope: ciphertext does not compress), cut into fountain frames.
 */
function usePlan(props: { reviewId: string; profile: Profile; passphrase: string | null }) {
  const [plan, setPlan] = useState<Plan>({ name: 'making' })
  useEffect(() => {
    let live = true
    const make = async () => {
      const bundle = await exportReviews([props.reviewId], props.profile)
      const text =
        props.passphrase === null
          ? bundle.text
          : await sealBundle(bundle.text, props.passphrase, { deflate: true })
      return { sender: await qrSenderWithin(text), exported: bundle }
    }
    make().then(
      ({ sender, exported }) =>
        live && setPlan(sender ? { name: 'ready', sender, exported } : { name: 'too-large' }),
      (error) => live && setPlan({ name: 'error', message: explainError(error) }),
    )
    return () => {
      live = false
    }
  }, [props.reviewId, props.profile, props.passphrase])
  return plan
}

/**
 * "Show as QR codes": says how long receiving takes, then shows the frames one after another,
 * large and dark on white, with a counter and Pause. The receiver may start at any frame and miss
 * any (domain/fountain.ts), so the sequence simply runs on until the person stops it.
 */
export function QrShow(props: {
  reviewId: string
  profile: Profile
  passphrase: string | null
  onClose: () => void
}) {
  const plan = usePlan(props)
  const [started, setStarted] = useState(false)
  const marking = useAttempt()
  const close = (
    <button type="button" class="secondary" onClick={props.onClose}>
      {t('qr.close')}
    </button>
  )
  if (plan.name === 'making') return <p role="status">{t('qr.making')}</p>
  if (plan.name !== 'ready') {
    const text = plan.name === 'error' ? plan.message : t('qr.tooLarge', { limit: QR_FRAME_LIMIT })
    return (
      <div class="stack">
        <Message said={{ text, error: true }} />
        {close}
      </div>
    )
  }
  const { sender, exported } = plan
  // Shown is sent, as a shared or saved file is: "unexported changes" counts from here.
  const start = () => {
    setStarted(true)
    void marking.attempt(() => markExported(exported))
  }
  const count = sender.fragmentCount
  return (
    <section class="stack qr-show" aria-label={t('qr.show')}>
      <p>{t('qr.frames', { count, fps: FRAMES_PER_SECOND })}</p>
      <p>
        {t('qr.duration', {
          count: Math.ceil(estimateSeconds(count, FRAMES_PER_SECOND)),
          needed: count + 2,
        })}
      </p>
      <p class="hint">{t('qr.brightness')}</p>
      {started ? (
        <QrSequence sender={sender} />
      ) : (
        <button type="button" class="primary" onClick={start}>
          {t('qr.start')}
        </button>
      )}
      <Message said={marking.said} />
      {close}
    </section>
  )
}

/** Modules drawn this many canvas pixels each; CSS scales the canvas to the screen's width. */
const MODULE_PIXELS = 6

/** The frames in turn at FRAMES_PER_SECOND, with the counter and a Pause/Play button. */
function QrSequence({ sender }: { sender: QrSender }) {
  const [seq, setSeq] = useState(1)
  const [playing, setPlaying] = useState(true)
  const canvas = useRef<HTMLCanvasElement>(null)
  // A layout effect, so Pause stops the sequence in the render that shows Play: a passive effect
  // is cleaned up only after the paint, and a frame could still move on under the word Play.
  useLayoutEffect(() => {
    if (!playing) return
    const timer = setInterval(() => setSeq((s) => s + 1), 1000 / FRAMES_PER_SECOND)
    return () => clearInterval(timer)
  }, [playing])
  // Drawn in the same render as the counter, so the code on screen always has the counter's number.
  useLayoutEffect(() => {
    if (canvas.current) drawCode(canvas.current, sender.frame(seq))
  }, [seq, sender])
  return (
    <div class="stack">
      <canvas ref={canvas} class="qr-code" role="img" aria-label={t('qr.codeLabel', { seq })} />
      <div class="row">
        <p class="qr-counter" data-seq={seq}>
          {t('qr.counter', { seq })}
        </p>
        <button type="button" class="primary" onClick={() => setPlaying(!playing)}>
          {t(playing ? 'qr.pause' : 'qr.play')}
        </button>
      </div>
    </div>
  )
}

/** One code, dark modules on white with the standard's 4-module quiet zone, whatever the theme. */
function drawCode(canvas: HTMLCanvasElement, text: string): void {
  const { data } = encode(text, { ecc: QR_ERROR_CORRECTION, border: 4 })
  const side = data.length * MODULE_PIXELS
  if (canvas.width !== side) canvas.width = canvas.height = side
  const context = canvas.getContext('2d')
  if (!context) return
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, side, side)
  context.fillStyle = '#000000'
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) context.fillRect(x * MODULE_PIXELS, y * MODULE_PIXELS, MODULE_PIXELS, MODULE_PIXELS)
    })
  })
}
