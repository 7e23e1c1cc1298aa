// The QR libraries with our frames, no browser: uqr draws a frame's code, and zxing-wasm (the
// decoder for phones without BarcodeDetector) reads it back from pixels — clean as the screen
// draws it, and as a camera might see it — without downloading anything.
// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createEncoder, PART_OVERHEAD } from '../../src/domain/fountain'
import { frameText } from '../../src/domain/qr-frames'
import {
  FRAGMENT_BYTES,
  QR_ERROR_CORRECTION,
  QR_VERSION,
  QrReceiver,
  qrSender,
} from '../../src/domain/qr-transfer'
import { MIN_SEAL_ITERATIONS, sealBundle } from '../../src/domain/seal'
import { sampleBundle } from '../fixtures/sample-review'
import { bytesFrom, random } from './qr-fixtures'
import { drawModules, film, qrModules, readQr } from './qr-image'

const versionOf = (modules: boolean[][]) => (modules.length - 17) / 4

beforeAll(() => {
  // Anything that tries to download (zxing-wasm's default is a CDN) fails the test.
  vi.stubGlobal('fetch', () => Promise.reject(new Error('No downloads in tests')))
})
afterAll(() => {
  vi.unstubAllGlobals()
})

describe('the frames’ QR codes', () => {
  it(`fill a version ${QR_VERSION} code at level ${QR_ERROR_CORRECTION}, in alphanumeric mode`, () => {
    const frame = (fragment: number) =>
      frameText(createEncoder(bytesFrom(1, 5 * fragment), fragment).part(7))
    expect(frame(FRAGMENT_BYTES)).toHaveLength(4 + ((FRAGMENT_BYTES + PART_OVERHEAD) * 3) / 2)
    expect(versionOf(qrModules(frame(FRAGMENT_BYTES), QR_ERROR_CORRECTION))).toBe(QR_VERSION)
    // One byte more needs the next version: FRAGMENT_BYTES is the most this version holds.
    expect(versionOf(qrModules(frame(FRAGMENT_BYTES + 1), QR_ERROR_CORRECTION))).toBe(
      QR_VERSION + 1,
    )
  })

  it('are read back by zxing-wasm as drawn on a screen', async () => {
    const sender = await qrSender(await sampleBundle())
    for (const seq of [1, 2, 500]) {
      const text = sender.frame(seq)
      expect(await readQr(drawModules(qrModules(text, QR_ERROR_CORRECTION), 3))).toBe(text)
    }
    // Decoding whole camera frames in WebAssembly: seconds on a busy two-core machine.
  }, 60_000)

  it('are read back through a simulated camera: smaller, turned, blurred and noisy', async () => {
    const sender = await qrSender(await sampleBundle())
    const camera = { width: 1280, height: 720, fill: 0.6, angle: 7, blur: 1, noise: 10 }
    const text = sender.frame(3)
    const pixels = film(
      qrModules(text, QR_ERROR_CORRECTION),
      { ...camera, dark: 50, light: 190 },
      1,
    )
    expect(await readQr(pixels)).toBe(text)
    // Not a code at all: nothing is read.
    const blank = film([[false]], { ...camera, dark: 50, light: 190 }, 2)
    expect(await readQr(blank)).toBeUndefined()
  }, 60_000)

  it('carry a sealed bundle from screen to receiver with a third of the frames missed', async () => {
    const sealed = await sealBundle(await sampleBundle(), 'oak tree by the gate', {
      iterations: MIN_SEAL_ITERATIONS,
    })
    const sender = await qrSender(sealed)
    const receiver = new QrReceiver()
    const missed = random(4)
    let shown = 0
    for (let seq = 25; shown < sender.fragmentCount + 24; seq++) {
      if (missed() < 1 / 3) continue
      shown++
      const read = await readQr(drawModules(qrModules(sender.frame(seq), QR_ERROR_CORRECTION), 2))
      if (read && receiver.receive(read).kind === 'complete') break
    }
    expect(await receiver.bundleText()).toBe(sealed)
  }, 60_000)
})
