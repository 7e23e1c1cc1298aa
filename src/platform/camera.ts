// The rear camera for reading QR codes (issue 15). Each way it can fail becomes its own typed
// error, so the person reads what to do: allow the camera, use a file, or close another app.
import { ReviewDayError } from '../domain/errors'

/**
 * The rear camera at 1280 × 720 where it can: through a simulated phone camera zxing-wasm read
 * 30 of 30 frames at that size and 22 of 30 at 640 × 480 (domain/qr-transfer.ts).
 */
const CONSTRAINTS: MediaStreamConstraints = {
  audio: false,
  video: {
    facingMode: { ideal: 'environment' },
    width: { ideal: 1280 },
    height: { ideal: 720 },
  },
}

/** The camera's stream, or 'camera/refused', 'camera/none' or 'camera/in-use'. */
export async function openRearCamera(): Promise<MediaStream> {
  // No mediaDevices at all: an old browser, or a page not served over HTTPS.
  if (!navigator.mediaDevices?.getUserMedia) throw new ReviewDayError('camera/none')
  try {
    return await navigator.mediaDevices.getUserMedia(CONSTRAINTS)
  } catch (error) {
    throw new ReviewDayError(cameraRefusal(error), undefined, { cause: error })
  }
}

function cameraRefusal(error: unknown): 'camera/refused' | 'camera/none' | 'camera/in-use' {
  const name = error instanceof Error ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'camera/refused'
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'camera/none'
  return 'camera/in-use'
}

/** Turns the camera off (its light too): every track of the stream stopped. */
export function stopCamera(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop()
}
