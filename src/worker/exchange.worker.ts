// The exchange worker: a module worker of this origin (so the CSP's worker-src 'self' allows it)
// that reads, unseals, decodes, hashes, plans and applies imports and makes exports, so the page
// never waits on them (src/README.md, "An import, from a file to the screen"). Its writes reach
// the page's live queries through Dexie's 'storagemutated' BroadcastChannel.
import { config } from 'zod/mini'
import { exchangeJobs } from './exchange-jobs'
import type { Job, Reply } from './protocol'

// A worker is not under the page's <meta> policy, and zod compiles validators with new Function
// wherever eval is allowed. The app never evaluates code: neither does its worker.
config({ jitless: true })
// Another tab upgrading the database closes this connection for good, as in the page: database.ts
// watches the database from the moment it is made.

const scope = globalThis as unknown as {
  postMessage(reply: Reply): void
  onmessage: ((event: MessageEvent<Job>) => void) | null
}
const handle = exchangeJobs((reply) => scope.postMessage(reply))
scope.onmessage = (event) => void handle(event.data)
