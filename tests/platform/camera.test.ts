// Each way the camera can fail becomes its own typed error (issue 15), so the receiver says what
// to do: allow the camera, use a file, or close the app that holds it.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isReviewDayError } from '../../src/domain/errors'
import { openRearCamera, stopCamera } from '../../src/platform/camera'

const original = Object.getOwnPropertyDescriptor(navigator, 'mediaDevices')

function withGetUserMedia(getUserMedia: ((c: MediaStreamConstraints) => Promise<unknown>) | null) {
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: getUserMedia ? { getUserMedia } : undefined,
  })
}

async function refusal(): Promise<string> {
  try {
    await openRearCamera()
  } catch (error) {
    if (isReviewDayError(error)) return error.code
    throw error
  }
  throw new Error('expected a refusal')
}

afterEach(() => {
  if (original) Object.defineProperty(navigator, 'mediaDevices', original)
  else Reflect.deleteProperty(navigator, 'mediaDevices')
})

describe('opening the rear camera', () => {
  it('asks for the rear camera at 1280 × 720, no sound', async () => {
    const stream = { getTracks: () => [] }
    const getUserMedia = vi.fn(async () => stream)
    withGetUserMedia(getUserMedia)
    expect(await openRearCamera()).toBe(stream)
    expect(getUserMedia).toHaveBeenCalledWith({
      audio: false,
      video: {
        facingMode: { ideal: 'environment' },
        width: { ideal: 1280 },
        height: { ideal: 720 },
      },
    })
  })

  it.each([
    ['NotAllowedError', 'camera/refused'],
    ['SecurityError', 'camera/refused'],
    ['NotFoundError', 'camera/none'],
    ['OverconstrainedError', 'camera/none'],
    ['NotReadableError', 'camera/in-use'],
    ['AbortError', 'camera/in-use'],
  ])('turns %s into %s', async (name, code) => {
    withGetUserMedia(async () => {
      throw new DOMException('refused', name)
    })
    expect(await refusal()).toBe(code)
  })

  it('says there is no camera when the browser has no mediaDevices at all', async () => {
    withGetUserMedia(null)
    expect(await refusal()).toBe('camera/none')
  })

  it('stops every track, and takes no stream at all', () => {
    const tracks = [{ stop: vi.fn() }, { stop: vi.fn() }]
    stopCamera({ getTracks: () => tracks } as unknown as MediaStream)
    for (const track of tracks) expect(track.stop).toHaveBeenCalledOnce()
    expect(() => stopCamera(null)).not.toThrow()
  })
})
