// Every refusal is a typed code with details a person's message can use. The words live only in
// the message catalogue (src/ui/messages/en-errors.ts, key `error.<code>`), so an error carries no
// English and a Cymraeg catalogue can say the same thing.

/**
 * A record as this device knows it, so a message can name it in this device's words rather than
 * a file's: its kind, its payload here (absent when the record is not on this device) and the
 * name of its review here ('' when that review is not on this device either).
 */
export interface KnownRecord {
  kind: string
  data?: unknown
  review: string
}

/** The details each code carries; `undefined` where the code says it all. */
export interface ErrorDetails {
  /** The file is over the size we read; `limit` and `size` in bytes. */
  'bundle/too-large': { limit: number; size?: number }
  'bundle/empty': undefined
  'bundle/not-json': undefined
  'bundle/not-a-bundle': undefined
  /** A sealed envelope: the caller asks for the passphrase and unseals first. */
  'bundle/sealed': undefined
  /** Made by a newer app; `version` is the bundle's format version. */
  'bundle/newer-version': { version: number }
  'bundle/digest-mismatch': undefined
  /** Readable paths of the first problems, e.g. 'records[3].versions[0].data.notes[2].text'. */
  'bundle/invalid': { paths: string[] }
  'bundle/duplicate-record': { recordId: string }
  'bundle/review-not-listed': { recordId: string; reviewId: string }
  /** An incoming record has the id of a local record of another kind or review. */
  'bundle/record-mismatch': { recordId: string }
  /** The top-level object names a key twice (`records`, `digest`): it could be read two ways. */
  'bundle/duplicate-key': { key: string }
  /** A record with more concurrent versions than the format's cap, in the file or once merged. */
  'bundle/too-many-versions': { recordId: string; cap: number }
  /** A version whose clock lists more devices than the format's cap. */
  'bundle/too-many-devices': { recordId: string; cap: number }
  /**
   * A version claims more of this device's changes than this device ever made (its clock's entry
   * for this device is above this device's counter): no honest file can hold it.
   */
  'bundle/claims-this-device': { recordId: string; record: KnownRecord }
  /** Wrong passphrase, or the sealed data was changed: AES-GCM cannot tell which. */
  'seal/wrong-passphrase': undefined
  /** Not a well-formed sealed envelope (its format, key derivation or cipher fields). */
  'seal/invalid': undefined
  /** A version 2 envelope whose `content` names a packing this app cannot unpack. */
  'seal/unknown-content': { content: string }
  /** A passphrase to seal with must have at least `minLength` characters. */
  'seal/too-short': { minLength: number }
  /** A passphrase among the first anyone guesses: a repeat, a run, a common password. */
  'seal/too-weak': undefined
  /** The person (or the browser's settings) did not let the app use the camera. */
  'camera/refused': undefined
  /** No camera at all, or none the browser can offer. */
  'camera/none': undefined
  /** A camera exists but would not start: another app holds it, or it failed. */
  'camera/in-use': undefined
  /** A QR code that is not a frame of a Review Day transfer. */
  'qr/not-ours': undefined
  /** Frames of a transfer format newer than this app reads. */
  'qr/newer-version': undefined
  /** A good frame of another transfer than the one being received. */
  'qr/other-transfer': undefined
  'record/conflicted': undefined
  /** An edit of a record that is no longer on this device. */
  'record/missing': { recordId: string }
  'storage/full': undefined
  unknown: undefined
}

export type ErrorCode = keyof ErrorDetails

/** Every code, for checks such as "each code has a message". */
export const ERROR_CODES = Object.keys({
  'bundle/too-large': true,
  'bundle/empty': true,
  'bundle/not-json': true,
  'bundle/not-a-bundle': true,
  'bundle/sealed': true,
  'bundle/newer-version': true,
  'bundle/digest-mismatch': true,
  'bundle/invalid': true,
  'bundle/duplicate-record': true,
  'bundle/review-not-listed': true,
  'bundle/record-mismatch': true,
  'bundle/duplicate-key': true,
  'bundle/too-many-versions': true,
  'bundle/too-many-devices': true,
  'bundle/claims-this-device': true,
  'seal/wrong-passphrase': true,
  'seal/invalid': true,
  'seal/unknown-content': true,
  'seal/too-short': true,
  'seal/too-weak': true,
  'camera/refused': true,
  'camera/none': true,
  'camera/in-use': true,
  'qr/not-ours': true,
  'qr/newer-version': true,
  'qr/other-transfer': true,
  'record/conflicted': true,
  'record/missing': true,
  'storage/full': true,
  unknown: true,
} satisfies Record<ErrorCode, true>) as ErrorCode[]

type DetailsArgs<C extends ErrorCode> = ErrorDetails[C] extends undefined
  ? [details?: undefined, options?: ErrorOptions]
  : [details: ErrorDetails[C], options?: ErrorOptions]

export class ReviewDayError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'ReviewDayError'
  readonly code: C
  readonly details: ErrorDetails[C]

  constructor(code: C, ...[details, options]: DetailsArgs<C>) {
    // The message is the code, for logs and test output; people read the catalogue's sentence.
    super(code, options)
    this.code = code
    this.details = details as ErrorDetails[C]
  }
}

/** Narrows an unknown thrown value, optionally to one code. */
export function isReviewDayError<C extends ErrorCode = ErrorCode>(
  error: unknown,
  code?: C,
): error is ReviewDayError<C> {
  return error instanceof ReviewDayError && (code === undefined || error.code === code)
}

/** Anything thrown, as a ReviewDayError: ours pass through, the rest become 'unknown'. */
export function toReviewDayError(error: unknown): ReviewDayError {
  if (error instanceof ReviewDayError) return error
  return new ReviewDayError('unknown', undefined, { cause: error })
}

export type ErrorMessageKey = `error.${ErrorCode}`

/** The catalogue key of an error's sentence. */
export function errorMessageKey(error: ReviewDayError): ErrorMessageKey {
  return `error.${error.code}`
}

const MIB = 1024 * 1024

/** The {placeholders} an error's sentence can use, made readable from its details. */
export function errorMessageVars(error: ReviewDayError): Record<string, string | number> {
  const vars: Record<string, string | number> = {}
  const details: unknown = error.details
  if (!details || typeof details !== 'object') return vars
  if ('limit' in details && typeof details.limit === 'number') {
    vars.limitMb = Math.round(details.limit / MIB)
  }
  if ('paths' in details && Array.isArray(details.paths)) {
    vars.paths = details.paths.join('; ')
  }
  if ('version' in details && typeof details.version === 'number') {
    vars.version = details.version
  }
  if ('minLength' in details && typeof details.minLength === 'number') {
    vars.minLength = details.minLength
  }
  if ('cap' in details && typeof details.cap === 'number') vars.cap = details.cap
  if ('key' in details && typeof details.key === 'string') vars.key = details.key
  return vars
}
