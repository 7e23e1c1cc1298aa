// The receiver's sentences and its reset (issue 15), with the camera and the decoder replaced:
// each code read is one of a script. A code that is not ours, one from a newer version and one of
// another transfer are each named; a whole bundle goes to onBundle and turns the camera off.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { qrSender } from '../../src/domain/qr-transfer'
import { bytesFrom } from '../domain/qr-fixtures'

const camera = vi.hoisted(() => ({
  stop: vi.fn(),
  opened: 0,
  script: [] as string[],
  readers: 0,
}))

vi.mock('../../src/platform/camera', () => ({
  openRearCamera: async () => {
    camera.opened++
    return { getTracks: () => [{ stop: camera.stop }] }
  },
  stopCamera: (stream: { getTracks(): { stop(): void }[] } | null) => {
    for (const track of stream?.getTracks() ?? []) track.stop()
  },
}))

vi.mock('../../src/platform/qr-reader', () => ({
  createQrReader: async () => {
    camera.readers++
    return {
      read: async () => {
        await new Promise((resolve) => setTimeout(resolve, 2))
        const next = camera.script.shift()
        return next === undefined ? [] : [next]
      },
      close: () => {},
    }
  },
}))

const { QrReceive } = await import('../../src/ui/components/QrReceive')

// happy-dom's video plays no MediaStream (and takes only its own): the receiver only needs to
// hand the stream over and play() to resolve.
Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', {
  configurable: true,
  get: () => null,
  set: () => {},
})
HTMLMediaElement.prototype.play = () => Promise.resolve()

/** Text deflate cannot shrink much, so it takes several frames of 200 bytes. */
const noisy = (seed: number) =>
  [...bytesFrom(seed, 1000)].map((b) => b.toString(16).padStart(2, '0')).join('')
const bundleA = noisy(1)
const bundleB = noisy(2)
const senderA = await qrSender(bundleA, 200)
const senderB = await qrSender(bundleB, 200)

beforeEach(() => {
  camera.stop.mockClear()
  camera.opened = 0
  camera.readers = 0
  camera.script = []
})

function open() {
  const onBundle = vi.fn()
  render(<QrReceive onBundle={onBundle} onClose={() => {}} />)
  return onBundle
}

describe('receiving a bundle from another phone', () => {
  it.each([
    ['a code that is not ours', 'https://example.org/ticket/42', /is not from Review Day/],
    ['a code from a newer version', 'RD2:ABCDEF', /from a newer version of Review Day/],
  ])('names %s, and receives nothing from it', async (_name, text, sentence) => {
    camera.script = [text]
    const onBundle = open()
    expect(await screen.findByText(sentence)).toBeTruthy()
    expect(onBundle).not.toHaveBeenCalled()
    expect(screen.getByText(/Looking for codes/)).toBeTruthy()
  })

  it('locks on to the first transfer and names a code of another one', async () => {
    expect(senderA.fragmentCount).toBeGreaterThan(1)
    camera.script = [senderA.frame(1), senderB.frame(1)]
    open()
    expect(await screen.findByText(/belong to a different bundle/)).toBeTruthy()
    const percent = Math.floor(100 / senderA.fragmentCount)
    expect(screen.getByText(`Received ${percent}% of the bundle.`)).toBeTruthy()
  })

  it('starts again from nothing, with a new camera, on Start again', async () => {
    camera.script = [senderA.frame(1)]
    open()
    await screen.findByText(/^Received \d+% of the bundle/)
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }))
    await waitFor(() => expect(camera.opened).toBe(2))
    expect(await screen.findByText(/Looking for codes/)).toBeTruthy()
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(0)
    // The first camera was turned off when the second opened.
    expect(camera.stop).toHaveBeenCalled()
  })

  it('hands over the whole bundle, frames missed and out of order, and turns the camera off', async () => {
    const n = senderA.fragmentCount
    camera.script = Array.from({ length: 3 * n }, (_, i) => senderA.frame(3 * n - i)).filter(
      (_, i) => i % 3 !== 1,
    )
    const onBundle = open()
    await waitFor(() => expect(onBundle).toHaveBeenCalledWith(bundleA))
    expect(camera.stop).toHaveBeenCalled()
  })
})
