// The Share screen's limit on QR codes (issue 15): a bundle that would need more frames than
// QR_FRAME_LIMIT is pointed at the file route instead.
import { describe, expect, it } from 'vitest'
import { compressText } from '../../src/domain/compress'
import {
  estimateSeconds,
  FRAGMENT_BYTES,
  FRAMES_PER_SECOND,
  QR_FRAME_LIMIT,
  QrReceiver,
  qrSenderWithin,
} from '../../src/domain/qr-transfer'
import { bytesFrom } from './qr-fixtures'

/** Text that deflate cannot shrink much: hex of pseudo-random bytes. */
function noisyText(bytes: number): string {
  return [...bytesFrom(7, bytes)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

describe('the frame limit', () => {
  it('is under a minute of showing codes with a third missed', () => {
    expect(estimateSeconds(QR_FRAME_LIMIT, FRAMES_PER_SECOND)).toBeLessThan(60)
  })

  it('gives a sender within the limit, and its frames rebuild the text', async () => {
    const text = noisyText(20_000)
    const sender = await qrSenderWithin(text, 200)
    expect(sender).toBeDefined()
    if (!sender) return
    expect(sender.fragmentCount).toBeLessThanOrEqual(200)
    const receiver = new QrReceiver()
    let seq = 1
    while (receiver.receive(sender.frame(seq)).kind !== 'complete') seq += 2
    expect(await receiver.bundleText()).toBe(text)
  })

  it('gives none past the limit, counting deflated bytes', async () => {
    const text = noisyText(20_000)
    const compressed = (await compressText(text)).length
    const frames = Math.ceil(compressed / FRAGMENT_BYTES)
    expect(await qrSenderWithin(text, frames)).toBeDefined()
    expect(await qrSenderWithin(text, frames - 1)).toBeUndefined()
  })
})
