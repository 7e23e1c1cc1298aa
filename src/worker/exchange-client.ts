// The page's side of the exchange worker (exchange.worker.ts): one worker per import or export,
// ended when the panel is done with it, so the bundle it holds and its database connection go
// with it. Where no module worker can start (an old engine, a policy refusing it), the same jobs
// run in this page instead: the page may then pause while a large file is checked, as it did
// before the worker, but the import itself is the same.
import { ReviewDayError } from '../domain/errors'
import type { Job, Outcome, Reply, Stage } from './protocol'

export type OnProgress = (stage: Stage, done: number | null) => void
/** A job's outcome once a failure is thrown as the ReviewDayError it was. */
export type Success = Exclude<Outcome, { type: 'failed' }>

export interface Exchange {
  /** Runs one job (one at a time); progress arrives through `onProgress`. */
  run(job: Job, onProgress?: OnProgress): Promise<Success>
  /** Ends the worker; a job still running is dropped and its promise never settles. */
  close(): void
}

interface Pending {
  resolve: (outcome: Outcome) => void
  reject: (error: unknown) => void
  onProgress: OnProgress | undefined
}

/** Starts an exchange: a worker where one can start, else this page. */
export function openExchange(): Exchange {
  let pending: Pending | undefined
  let send: (job: Job) => void
  let stop = () => {}
  let answered = false
  let lastJob: Job | undefined
  const receive = (reply: Reply) => {
    answered = true
    if (!pending) return
    if (reply.type === 'progress') return pending.onProgress?.(reply.stage, reply.done)
    const done = pending
    pending = undefined
    done.resolve(reply)
  }
  const inPage = () => {
    stop()
    stop = () => {}
    const jobs = import('./exchange-jobs').then(({ exchangeJobs }) => exchangeJobs(receive))
    send = (job) => void jobs.then((handle) => handle(job))
  }
  const worker = startWorker(receive, (error) => {
    // A worker that never answered did not start: its first job runs here instead.
    if (!answered && pending) {
      console.warn('The exchange worker could not start; working in the page instead.', error)
      const job = lastJob as Job
      inPage()
      send(job)
    } else {
      const failed = pending
      pending = undefined
      failed?.reject(error)
    }
  })
  if (worker) {
    send = (job) => worker.postMessage(job)
    stop = () => worker.terminate()
  } else inPage()
  return {
    run: async (job, onProgress) => {
      if (pending) throw new Error('one exchange job at a time')
      const outcome = await new Promise<Outcome>((resolve, reject) => {
        pending = { resolve, reject, onProgress }
        lastJob = job
        send(job)
      })
      if (outcome.type === 'failed') {
        const { code, details } = outcome.error
        throw new (ReviewDayError as new (c: string, d: unknown) => ReviewDayError)(code, details)
      }
      return outcome
    },
    close: () => {
      pending = undefined
      stop()
    },
  }
}

/** A module worker of this origin, or undefined where workers cannot start at all. */
function startWorker(
  receive: (reply: Reply) => void,
  fail: (error: unknown) => void,
): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined
  try {
    const worker = new Worker(new URL('./exchange.worker.ts', import.meta.url), {
      type: 'module',
    })
    worker.onmessage = (event: MessageEvent<Reply>) => receive(event.data)
    worker.onerror = (event) => {
      event.preventDefault()
      fail(event.error ?? new Error(event.message || 'the exchange worker failed'))
    }
    worker.onmessageerror = () => fail(new Error('a message from the exchange worker was lost'))
    return worker
  } catch (error) {
    console.warn('The exchange worker could not start; working in the page instead.', error)
    return undefined
  }
}
