// What the exchange worker does with each job (protocol.ts): the app's own steps — readBundleFile,
// unsealBundle, decodeBundle, previewImport, applyImport, exportReviews, sealBundle — called in
// order, with progress between them. A plain function of a job and a way to reply, so the worker
// (exchange.worker.ts), the page when no worker can start (exchange-client.ts) and the tests all
// run the same code.
import { applyImport, exportReviews, type ImportPreview, previewImport } from '../db/exchange'
import { type DecodedBundle, decodeBundle } from '../domain/bundle'
import { toReviewDayError } from '../domain/errors'
import { isSealed, sealBundle, unsealBundle } from '../domain/seal'
import { readBundleFile } from '../platform/files'
import type { ErrorReply, Job, Outcome, Reply, ShownPreview, Stage } from './protocol'

export type Post = (reply: Reply) => void

/** What an import keeps between its jobs: the sealed text, then the bundle and its plan. */
interface Session {
  sealed?: string
  bundle?: DecodedBundle
  preview?: ImportPreview
}

/**
 * The share of the import's checking done when each step starts, by where the time goes at
 * 10,000 records (README, "Performance"): decoding and previewing cost about the same.
 */
const CHECK = { reading: 0, opening: 0.15, decoding: 0.3, previewing: 0.65 }
const EXPORT = { reading: 0, encoding: 0.5, sealing: 0.75 }

/** A handler of jobs with a session of its own; every job ends in exactly one outcome. */
export function exchangeJobs(post: Post): (job: Job) => Promise<void> {
  const session: Session = {}
  const progress = (stage: Stage, done: number | null) => post({ type: 'progress', stage, done })
  const run: { [T in Job['type']]: (job: Extract<Job, { type: T }>) => Promise<Outcome> } = {
    check: async ({ file }) => {
      progress('reading', CHECK.reading)
      const { text, bytes } = await readBundleFile(file)
      session.bundle = undefined
      session.preview = undefined
      session.sealed = isSealed(text) ? text : undefined
      return session.sealed === undefined ? check(text, bytes) : { type: 'sealed' }
    },
    unseal: async ({ passphrase }) => {
      if (session.sealed === undefined) throw new Error('no sealed file to open')
      progress('opening', CHECK.opening)
      return check(await unsealBundle(session.sealed, passphrase))
    },
    apply: async () => {
      const { bundle, preview } = session
      if (!bundle || !preview) throw new Error('nothing previewed to apply')
      // One transaction with no steps to count: the bar says it is working, not how far.
      progress('applying', null)
      return { type: 'applied', result: await applyImport(bundle, preview) }
    },
    export: async ({ reviewIds, profile, passphrase }) => {
      progress('exporting', EXPORT.reading)
      const { text, ...exported } = await exportReviews(reviewIds, profile, () =>
        progress('exporting', EXPORT.encoding),
      )
      if (passphrase !== null) progress('sealing', EXPORT.sealing)
      const out = passphrase === null ? text : await sealBundle(text, passphrase)
      const file = new Blob([out], { type: 'application/json' })
      return { type: 'exported', exported: { ...exported, file, bytes: file.size } }
    },
  }

  const check = async (text: string, bytes?: Uint8Array<ArrayBuffer>): Promise<Outcome> => {
    progress('checking', CHECK.decoding)
    const bundle = await decodeBundle(text, { bytes })
    progress('checking', CHECK.previewing)
    const preview = await previewImport(bundle)
    Object.assign(session, { bundle, preview, sealed: undefined })
    const { basis: _plan, ...shown } = preview
    return { type: 'preview', preview: shown satisfies ShownPreview }
  }

  return async (job) => {
    try {
      post(await (run[job.type] as (job: Job) => Promise<Outcome>)(job))
    } catch (error) {
      post({ type: 'failed', error: errorReply(error) })
    }
  }
}

/** An error as it crosses to the page; one that is not ours is logged here, where it happened. */
export function errorReply(error: unknown): ErrorReply {
  const known = toReviewDayError(error)
  if (known.code === 'unknown') console.error(error)
  return { code: known.code, details: known.details } as ErrorReply
}
