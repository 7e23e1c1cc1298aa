// The messages between the page and the exchange worker (src/README.md, "An import, from a file to
// the screen"). Only what structured cloning carries as it is crosses: plain data, Blobs and
// errors as their code and details, since a ReviewDayError arrives on the other side as a bare
// Error without its code.
import type { ExportedBundle, ImportPreview, ImportResult } from '../db/exchange'
import type { ErrorCode, ErrorDetails } from '../domain/errors'
import type { Profile } from '../domain/schemas'

/** What the page asks for. One job at a time; an import's jobs share the worker's session. */
export type Job =
  /** Read the file, then decode and preview it, or stop at 'sealed' for a passphrase. */
  | { type: 'check'; file: Blob }
  /** Unseal the file the last 'check' read, then decode and preview it. */
  | { type: 'unseal'; passphrase: string }
  /** Apply the bundle the last preview was made of, in one transaction. */
  | { type: 'apply' }
  /** Make a bundle of these reviews, sealed when a passphrase is given. */
  | { type: 'export'; reviewIds: string[]; profile: Profile; passphrase: string | null }

/** Where a job has got to; each names its sentence in the catalogue (ui/components). */
export type Stage = 'reading' | 'opening' | 'checking' | 'applying' | 'exporting' | 'sealing'

/** The preview as the page shows it: the plan it holds stays in the worker. */
export type ShownPreview = Omit<ImportPreview, 'basis'>

/** An exported bundle as a file: the text stays in a Blob, never copied into the page. */
export type ExportedFile = Omit<ExportedBundle, 'text'> & { file: Blob; bytes: number }

/** A ReviewDayError as it crosses: its code and details (plain data). */
export interface ErrorReply<C extends ErrorCode = ErrorCode> {
  code: C
  details: ErrorDetails[C]
}

export type Reply =
  /** `done`: the share of the job finished, 0 to 1, or null where it cannot be told. */
  | { type: 'progress'; stage: Stage; done: number | null }
  | { type: 'sealed' }
  | { type: 'preview'; preview: ShownPreview }
  | { type: 'applied'; result: ImportResult }
  | { type: 'exported'; exported: ExportedFile }
  | { type: 'failed'; error: ErrorReply }

/** The replies that end a job. */
export type Outcome = Exclude<Reply, { type: 'progress' }>
