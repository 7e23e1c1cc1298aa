import { useEffect, useRef, useState } from 'preact/hooks'
import type { ErrorCode } from '../../domain/errors'
import { QrReceiver, type ReceiveStep } from '../../domain/qr-transfer'
import { openRearCamera, stopCamera } from '../../platform/camera'
import { createQrReader } from '../../platform/qr-reader'
import { t } from '../messages'
import { explainError, Message } from './Message'
import './qr.css'

/** What the receiver says about a code it did not use; damaged frames pass in silence. */
const NOTICES: Partial<Record<string, ErrorCode>> = {
  'not-ours': 'qr/not-ours',
  'newer-version': 'qr/newer-version',
  'other-transfer': 'qr/other-transfer',
}

interface Scan {
  progress: number
  /** The last code that was not used, and why. */
  notice: ErrorCode | null
  /** The camera could not start (its sentence), or the bundle could not be read. */
  failure: string | null
}

/**
 * Runs the camera and reads codes until the bundle is whole; `attempt` starts it all again.
 * Leaving the screen, or the page going away, turns the camera off.
 */
function useScan(
  attempt: number,
  video: { current: HTMLVideoElement | null },
  done: (text: string) => void,
) {
  const [scan, setScan] = useState<Scan>({ progress: 0, notice: null, failure: null })
  useEffect(() => {
    let live = true
    let stream: MediaStream | null = null
    const reader = createQrReader()
    const receiver = new QrReceiver()
    const take = async (step: ReceiveStep) => {
      if (step.kind === 'complete') {
        live = false
        stopCamera(stream)
        try {
          done(await receiver.bundleText())
        } catch (error) {
          setScan((s) => ({ ...s, failure: explainError(error) }))
        }
        return
      }
      // A notice stays until the next code that adds to this bundle.
      const notice = step.kind === 'ignored' ? (NOTICES[step.reason] ?? null) : null
      const kept = (s: Scan) => (step.kind === 'added' ? null : s.notice)
      setScan((s) => ({ progress: step.progress, notice: notice ?? kept(s), failure: null }))
    }
    const run = async () => {
      stream = await openRearCamera()
      if (!live || !video.current) return stopCamera(stream)
      video.current.srcObject = stream
      await video.current.play()
      const read = await reader
      while (live && video.current) {
        for (const text of await read.read(video.current))
          if (live) await take(receiver.receive(text))
        await new Promise((resolve) => requestAnimationFrame(resolve))
      }
    }
    setScan({ progress: 0, notice: null, failure: null })
    run().catch((error) => live && setScan((s) => ({ ...s, failure: explainError(error) })))
    const leave = () => stopCamera(stream)
    window.addEventListener('pagehide', leave)
    return () => {
      live = false
      window.removeEventListener('pagehide', leave)
      stopCamera(stream)
      void reader.then((r) => r.close())
    }
  }, [attempt])
  return scan
}

/**
 * "Receive from another phone": the rear camera in the page, a bar that fills as frames arrive,
 * and the bundle's text to `onBundle` once whole, for the import's usual steps (passphrase,
 * preview, confirm). Nothing is written here; a code that is not ours is named and skipped.
 */
export function QrReceive(props: { onBundle: (text: string) => void; onClose: () => void }) {
  const [attempt, setAttempt] = useState(0)
  const video = useRef<HTMLVideoElement>(null)
  const scan = useScan(attempt, video, props.onBundle)
  const percent = Math.floor(scan.progress * 100)
  return (
    <section class="stack qr-receive" aria-label={t('qr.receive')}>
      <p class="hint">{t('qr.receiveHint')}</p>
      <video ref={video} class="qr-camera" muted playsInline aria-label={t('qr.videoLabel')} />
      <div role="status" class="stack">
        <p>{scan.progress > 0 ? t('qr.received', { percent }) : t('qr.looking')}</p>
        {scan.notice && <p class="alert">{t(`error.${scan.notice}`)}</p>}
      </div>
      <progress max={100} value={percent} aria-label={t('qr.progressLabel')} />
      <Message said={scan.failure ? { text: scan.failure, error: true } : null} />
      <div class="row">
        <button type="button" class="secondary" onClick={() => setAttempt(attempt + 1)}>
          {t('qr.startAgain')}
        </button>
        <button type="button" class="secondary" onClick={props.onClose}>
          {t('qr.closeCamera')}
        </button>
      </div>
    </section>
  )
}
