import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ofReview } from '../../src/db/database'
import { forgetDevice } from '../../src/db/device'
import { exportReviews } from '../../src/db/exchange'
import { createReview } from '../../src/db/reviews'
import { startVisit } from '../../src/db/visits'
import { decodeBundle } from '../../src/domain/bundle'
import { isReviewDayError } from '../../src/domain/errors'
import { isSealed, MIN_SEAL_ITERATIONS, sealBundle, unsealBundle } from '../../src/domain/seal'
import { openExchange } from '../../src/worker/exchange-client'
import { exchangeJobs } from '../../src/worker/exchange-jobs'
import type { Job, Reply } from '../../src/worker/protocol'
import { clearDatabase, snapshotDatabase } from '../support/database'

// The exchange worker's protocol, through its message handler called directly (as the worker's
// onmessage calls it), and the page's client where no Worker exists, as under Vitest.

const host = { name: 'Hana Host', school: 'Elm Academy', role: 'host' as const }
const PASSPHRASE = 'maple river lantern'

/** A bundle of a review with one visit, made on "another phone": this device is wiped after. */
async function anotherPhonesBundle() {
  const reviewId = await createReview(
    { hostSchool: 'Elm Academy', cluster: '', startDate: '', endDate: '' },
    host,
  )
  await startVisit(reviewId, 'lesson-visit')
  const { text } = await exportReviews([reviewId], host)
  await clearDatabase()
  await forgetDevice()
  return { reviewId, text }
}

/** A handler with every reply it posts, each passed through structured cloning as postMessage does. */
function jobs() {
  const replies: Reply[] = []
  const handle = exchangeJobs((reply) => replies.push(structuredClone(reply)))
  const run = async (job: Job) => {
    const from = replies.length
    await handle(job)
    return replies.slice(from)
  }
  return run
}

const file = (text: string) => new Blob([text], { type: 'application/json' })
const progressOf = (replies: Reply[]) =>
  replies.flatMap((r) => (r.type === 'progress' ? [[r.stage, r.done]] : []))

beforeEach(clearDatabase)
afterEach(() => vi.unstubAllGlobals())

describe('the exchange worker, message by message', () => {
  it('checks a file with rising progress and answers with the preview only; writes nothing', async () => {
    const { reviewId, text } = await anotherPhonesBundle()
    const before = await snapshotDatabase()
    const replies = await jobs()({ type: 'check', file: file(text) })
    expect(progressOf(replies)).toEqual([
      ['reading', 0],
      ['checking', 0.3],
      ['checking', 0.65],
    ])
    const last = replies.at(-1)
    expect(last?.type).toBe('preview')
    if (last?.type !== 'preview') return
    expect(last.preview.counts).toEqual({ new: 3, updated: 0, unchanged: 0, conflicts: 0 })
    expect(last.preview.reviews).toEqual([{ id: reviewId, hostSchool: 'Elm Academy' }])
    // The plan stays in the worker: only what the panel shows crosses.
    expect('basis' in last.preview).toBe(false)
    expect(await snapshotDatabase()).toEqual(before)
  })

  it('applies the previewed bundle in one step, then knows it as imported', async () => {
    const { reviewId, text } = await anotherPhonesBundle()
    const run = jobs()
    await run({ type: 'check', file: file(text) })
    const replies = await run({ type: 'apply' })
    expect(replies).toEqual([
      { type: 'progress', stage: 'applying', done: null },
      {
        type: 'applied',
        result: {
          counts: { new: 3, updated: 0, unchanged: 0, conflicts: 0 },
          alreadyImported: false,
        },
      },
    ])
    expect(await ofReview(reviewId).count()).toBe(3)
    const again = await jobs()({ type: 'check', file: file(text) })
    const last = again.at(-1)
    expect(last?.type === 'preview' && last.preview.alreadyImported).toBe(true)
  })

  it('refuses with the typed code and details, which cross as plain data', async () => {
    const run = jobs()
    expect((await run({ type: 'check', file: file('{"not": "a bundle"') })).at(-1)).toEqual({
      type: 'failed',
      error: { code: 'bundle/not-json', details: undefined },
    })
    const big = { size: 60 * 1024 * 1024, text: () => Promise.resolve('') } as unknown as Blob
    expect((await run({ type: 'check', file: big })).at(-1)).toEqual({
      type: 'failed',
      error: { code: 'bundle/too-large', details: { limit: 50 * 1024 * 1024, size: big.size } },
    })
  })

  it('asks for a passphrase, keeps the sealed file through a wrong one, and opens it with the right one', async () => {
    const { text } = await anotherPhonesBundle()
    const sealed = await sealBundle(text, PASSPHRASE, { iterations: MIN_SEAL_ITERATIONS })
    const run = jobs()
    expect((await run({ type: 'check', file: file(sealed) })).at(-1)).toEqual({ type: 'sealed' })
    const wrong = await run({ type: 'unseal', passphrase: 'not the passphrase' })
    expect(wrong.at(-1)).toEqual({
      type: 'failed',
      error: { code: 'seal/wrong-passphrase', details: undefined },
    })
    const right = await run({ type: 'unseal', passphrase: PASSPHRASE })
    expect(progressOf(right)[0]).toEqual(['opening', 0.15])
    expect(right.at(-1)?.type).toBe('preview')
  })

  it('will not apply what it has not previewed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const before = await snapshotDatabase()
    const replies = await jobs()({ type: 'apply' })
    expect(replies.at(-1)).toEqual({ type: 'failed', error: { code: 'unknown' } })
    expect(await snapshotDatabase()).toEqual(before)
  })

  it('exports as a file, sealed when asked, with progress through reading, encoding and sealing', async () => {
    const reviewId = await createReview(
      { hostSchool: 'Elm Academy', cluster: '', startDate: '', endDate: '' },
      host,
    )
    const handle = exchangeJobs((reply) => replies.push(reply))
    const replies: Reply[] = []
    await handle({ type: 'export', reviewIds: [reviewId], profile: host, passphrase: null })
    expect(progressOf(replies)).toEqual([
      ['exporting', 0],
      ['exporting', 0.5],
    ])
    const plain = replies.at(-1)
    if (plain?.type !== 'exported') throw new Error(`not exported: ${plain?.type}`)
    const bundle = await decodeBundle(await plain.exported.file.text())
    expect(bundle.records.map((r) => r.kind).sort()).toEqual(['focus', 'review'])
    expect(plain.exported).toMatchObject({ records: 2, reviewIds: [reviewId] })

    replies.length = 0
    await handle({ type: 'export', reviewIds: [reviewId], profile: host, passphrase: PASSPHRASE })
    expect(progressOf(replies).at(-1)).toEqual(['sealing', 0.75])
    const sealed = replies.at(-1)
    if (sealed?.type !== 'exported') throw new Error(`not exported: ${sealed?.type}`)
    const text = await sealed.exported.file.text()
    expect(isSealed(text)).toBe(true)
    expect((await decodeBundle(await unsealBundle(text, PASSPHRASE))).records).toHaveLength(2)
  })
})

describe('the page’s side', () => {
  it('runs the jobs in the page where there is no Worker, and throws a refusal as its ReviewDayError', async () => {
    expect(typeof Worker).toBe('undefined')
    const exchange = openExchange()
    const seen: string[] = []
    const refused = await exchange
      .run({ type: 'check', file: file('[]') }, (stage) => seen.push(stage))
      .catch((error: unknown) => error)
    expect(isReviewDayError(refused, 'bundle/not-a-bundle')).toBe(true)
    expect(seen).toEqual(['reading', 'checking'])
    exchange.close()
  })

  it('falls back to the page when the worker fails before it answers', async () => {
    const { text } = await anotherPhonesBundle()
    const started: FailingWorker[] = []
    class FailingWorker {
      onerror: ((event: { preventDefault(): void; message: string }) => void) | null = null
      terminated = false
      constructor() {
        started.push(this)
      }
      postMessage() {
        queueMicrotask(() => this.onerror?.({ preventDefault() {}, message: 'refused' }))
      }
      terminate() {
        this.terminated = true
      }
    }
    vi.stubGlobal('Worker', FailingWorker)
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const exchange = openExchange()
    const checked = await exchange.run({ type: 'check', file: file(text) })
    expect(checked.type).toBe('preview')
    const applied = await exchange.run({ type: 'apply' })
    expect(applied.type === 'applied' && applied.result.counts.new).toBe(3)
    expect(started).toHaveLength(1)
    expect(started[0]?.terminated).toBe(true)
    exchange.close()
  })
})
