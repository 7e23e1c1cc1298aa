// Bundles in and out (the README's "Bundle format"): encode what a device exports, decode what a person imports.
// Every refusal is a ReviewDayError whose code says what to tell them; nothing here touches the
// database, so a refused file cannot change it.

import { fastRecords } from './bundle-fast'
import type { StoredLike } from './bundle-plan'
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Bundle,
  type BundleFrom,
  type BundlePerson,
  type BundleRecord,
  bundleSchema,
  MAX_CLOCK_ENTRIES,
  MAX_VERSIONS,
  readablePath,
  SEALED_FORMAT,
} from './bundle-schema'
import { kindBeyondVersion, versionFor } from './bundle-version'
import { localDay } from './days'
import { digestOfJson } from './digest'
import { ReviewDayError } from './errors'
import { duplicateTopLevelKey, parseJsonObject, withoutBom } from './json-text'

export {
  type ImportCounts,
  type ImportOutcome,
  type ImportPlan,
  type LocalRecords,
  type PlannedRecord,
  planImport,
  type StoredLike,
} from './bundle-plan'
export {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Bundle,
  type BundleFrom,
  type BundlePerson,
  type BundleRecord,
  bundleSchema,
  MAX_CLOCK_ENTRIES,
  MAX_VERSIONS,
  readablePath,
  SEALED_FORMAT,
} from './bundle-schema'

/** Largest file we read: a day's notes of a whole team are a few MB; 50 MiB is far beyond. */
export const MAX_BUNDLE_BYTES = 50 * 1024 * 1024

/** Refuse a file by its size before reading it (File.size, in bytes). */
export function checkSize(bytes: number, limit = MAX_BUNDLE_BYTES): void {
  if (bytes === 0) throw new ReviewDayError('bundle/empty')
  if (!(bytes <= limit)) throw new ReviewDayError('bundle/too-large', { limit, size: bytes })
}

declare const decoded: unique symbol
/** A bundle that passed every check of decodeBundle; only decodeBundle makes one. */
export type DecodedBundle = Bundle & { readonly [decoded]: true }

export interface EncodeInput {
  /** Records as the database keeps them; fields beyond the format's are left out of the file. */
  records: readonly StoredLike[]
  reviews: readonly string[]
  from: BundleFrom
  /** deviceId → person, for every device that made a version in the records (self included). */
  people: Readonly<Record<string, BundlePerson>>
  id?: string
  createdAt?: string
}

/**
 * The bundle and its JSON text. Records are written as given, not validated again: they come from
 * the database, which only holds records that passed the schemas or were made by the app's own
 * editors. The digest is over exactly the records text in the file.
 */
export async function encodeBundle(input: EncodeInput): Promise<{ bundle: Bundle; text: string }> {
  // Only the format's fields, so fields a store keeps beside a record never leave the device.
  const records: BundleRecord[] = input.records.map(
    (r) =>
      ({
        kind: r.kind,
        id: r.id,
        reviewId: r.reviewId,
        versions: r.versions.map(({ clock, at, by, deleted, data }) => ({
          clock,
          at,
          by,
          deleted,
          data,
        })),
      }) as BundleRecord,
  )
  const head = {
    format: BUNDLE_FORMAT,
    version: versionFor(records),
    id: input.id ?? crypto.randomUUID(),
    createdAt: input.createdAt ?? new Date().toISOString(),
    from: { deviceId: input.from.deviceId, name: input.from.name, school: input.from.school },
    reviews: [...input.reviews],
    // fromEntries defines own properties, so no key can reach a prototype.
    people: Object.fromEntries(
      Object.entries(input.people).map(([deviceId, p]) => [
        deviceId,
        { name: p.name, school: p.school, role: p.role },
      ]),
    ),
  } satisfies Omit<Bundle, 'records' | 'digest'>
  // Stringify the records once: the same text is hashed and written into the file.
  const recordsJson = JSON.stringify(records)
  const digest = await digestOfJson(recordsJson)
  const text = `${JSON.stringify(head).slice(0, -1)},"records":${recordsJson},"digest":${JSON.stringify(digest)}}`
  return { bundle: { ...head, records, digest }, text }
}

export interface DecodeOptions {
  /** A second guard for text that did not come from a File (e.g. pasted); bytes. */
  maxBytes?: number
  /**
   * The file's bytes that `text` was decoded from (UTF-8), when there is a file: the records'
   * digest is then taken over their bytes in the file, without encoding the text again.
   */
  bytes?: Uint8Array<ArrayBuffer> | undefined
}

/** Parse and check a bundle's text, or throw a ReviewDayError saying why it is refused. */
export async function decodeBundle(text: string, opts: DecodeOptions = {}): Promise<DecodedBundle> {
  const limit = opts.maxBytes ?? MAX_BUNDLE_BYTES
  // UTF-8 takes at least one byte per UTF-16 unit, so more units than the limit is too large.
  if (text.length > limit) throw new ReviewDayError('bundle/too-large', { limit })
  // \s covers the byte order mark, so a file of only a BOM and spaces is empty.
  if (!/\S/.test(text)) throw new ReviewDayError('bundle/empty')
  const body = withoutBom(text)
  const top = parseJsonObject(body)
  if (top === 'not-json') throw new ReviewDayError('bundle/not-json')
  if (top === 'not-an-object') throw new ReviewDayError('bundle/not-a-bundle')
  if (top.format === SEALED_FORMAT) throw new ReviewDayError('bundle/sealed')
  if (top.format !== BUNDLE_FORMAT) throw new ReviewDayError('bundle/not-a-bundle')
  const version = top.version
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw new ReviewDayError('bundle/not-a-bundle')
  }
  if (version > BUNDLE_VERSION) throw new ReviewDayError('bundle/newer-version', { version })
  const twice = duplicateTopLevelKey(body, ['records', 'digest'])
  if (twice !== undefined) throw new ReviewDayError('bundle/duplicate-key', { key: twice })

  await checkDigest(top, body, opts.bytes)
  checkCaps(top.records)
  const bundle = validate(top)
  checkRecords(bundle)
  return bundle as DecodedBundle
}

/** Bundles whose records nest deeper than this are refused while looking for the digest's text. */
const MAX_DEPTH = 64

const RECORDS_KEY = '"records":'
const DIGEST_KEY = ',"digest":'

async function checkDigest(
  top: Record<string, unknown>,
  body: string,
  bytes: Uint8Array<ArrayBuffer> | undefined,
): Promise<void> {
  const { digest, records } = top
  // A missing digest or records list is a shape problem: validation names the path.
  if (typeof digest !== 'string' || !Array.isArray(records)) return
  // encodeBundle writes the records' JSON.stringify text into the file as it is, just before the
  // digest; hashing that slice of the file spares serialising every record again (a fifth of a
  // large import), and hashing it from the file's bytes spares encoding it again. Any other
  // layout, or a slice that does not match, takes the general path.
  const start = body.indexOf(`${RECORDS_KEY}[`)
  const end = body.lastIndexOf(DIGEST_KEY)
  if (start > 0 && end > start) {
    const slice =
      recordsBytes(bytes, body, start, end) ?? body.slice(start + RECORDS_KEY.length, end)
    if ((await digestOfJson(slice)) === digest) return
  }
  let json: string
  try {
    json = JSON.stringify(records)
  } catch {
    // JSON.parse reads any depth, but JSON.stringify overflows the stack from a few thousand
    // nested arrays. Nothing valid nests that deep, so say where the content is wrong.
    validate(top)
    throw new ReviewDayError('bundle/invalid', { paths: [tooDeepPath(records)] })
  }
  if ((await digestOfJson(json)) !== digest) throw new ReviewDayError('bundle/digest-mismatch')
}

/**
 * The bytes of body.slice(start + RECORDS_KEY.length, end) in the file that body was decoded from,
 * found by the UTF-8 length of the text before and after them (short: the head and the digest);
 * undefined unless both keys are in the bytes exactly there. A file that is not valid UTF-8, or
 * bytes that are not the text's, fail that check, and the text is hashed instead.
 */
function recordsBytes(
  bytes: Uint8Array<ArrayBuffer> | undefined,
  body: string,
  start: number,
  end: number,
): Uint8Array<ArrayBuffer> | undefined {
  if (!bytes) return undefined
  const encoder = new TextEncoder()
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const from = bom + encoder.encode(body.slice(0, start)).length + RECORDS_KEY.length
  const to = bytes.length - encoder.encode(body.slice(end)).length
  const at = (offset: number, key: string) =>
    key.split('').every((c, i) => bytes[offset + i] === c.charCodeAt(0))
  if (from > to || !at(from - RECORDS_KEY.length, RECORDS_KEY) || !at(to, DIGEST_KEY)) {
    return undefined
  }
  return bytes.subarray(from, to)
}

/**
 * The format's caps (bundle-schema.ts), before the schema reads the records, each with its own
 * message. Shapes that are wrong in other ways are left for the schema to name by path.
 */
function checkCaps(records: unknown): void {
  if (!Array.isArray(records)) return
  for (const record of records as unknown[]) {
    if (!isObject(record) || !Array.isArray(record.versions)) continue
    const recordId = typeof record.id === 'string' ? record.id : ''
    if (record.versions.length > MAX_VERSIONS) {
      throw new ReviewDayError('bundle/too-many-versions', { recordId, cap: MAX_VERSIONS })
    }
    for (const version of record.versions as unknown[]) {
      const clock = isObject(version) ? version.clock : undefined
      if (isObject(clock) && Object.keys(clock).length > MAX_CLOCK_ENTRIES) {
        throw new ReviewDayError('bundle/too-many-devices', { recordId, cap: MAX_CLOCK_ENTRIES })
      }
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object'
}

function validate(top: Record<string, unknown>): Bundle {
  // The common case: the records through the fast path, the rest (a few hundred bytes and the
  // people) through zod; both pass only when zod would pass the whole, with the same output.
  const records = fastRecords(top.records)
  if (records) {
    const head = bundleSchema.safeParse({ ...top, records: [] })
    if (head.success) return { ...head.data, records }
  }
  const result = bundleSchema.safeParse(top)
  if (result.success) return result.data
  const paths: string[] = []
  for (const issue of result.error.issues) {
    const path = readablePath(issue.path)
    if (!paths.includes(path)) paths.push(path)
    if (paths.length === 3) break
  }
  throw new ReviewDayError('bundle/invalid', { paths })
}

/** Checks across records that a schema of one record cannot make. */
function checkRecords(bundle: Bundle): void {
  const beyond = kindBeyondVersion(bundle.version, bundle.records)
  if (beyond) throw new ReviewDayError('bundle/invalid', { paths: [beyond] })
  const ids = new Set<string>()
  for (const record of bundle.records) {
    if (ids.has(record.id)) {
      throw new ReviewDayError('bundle/duplicate-record', { recordId: record.id })
    }
    ids.add(record.id)
  }
  const reviews = new Set(bundle.reviews)
  for (const record of bundle.records) {
    if (!reviews.has(record.reviewId)) {
      throw new ReviewDayError('bundle/review-not-listed', {
        recordId: record.id,
        reviewId: record.reviewId,
      })
    }
  }
  bundle.records.forEach((record, i) => {
    // A review is its own review: every other record points at it by this id.
    if (record.kind === 'review' && record.id !== record.reviewId) {
      throw new ReviewDayError('bundle/invalid', { paths: [`records[${i}].reviewId`] })
    }
  })
}

/** The path, cut short, of the first value nested deeper than MAX_DEPTH; without recursion. */
function tooDeepPath(records: unknown[]): string {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: records, path: [] }]
  while (stack.length > 0) {
    const item = stack.pop()
    if (!item || item.value === null || typeof item.value !== 'object') continue
    if (item.path.length >= MAX_DEPTH)
      return `${readablePath(['records', ...item.path.slice(0, 8)])}…`
    const entries = Array.isArray(item.value)
      ? item.value.map((v, i) => [i, v] as const)
      : Object.entries(item.value)
    for (const [key, value] of entries) stack.push({ value, path: [...item.path, key] })
  }
  return 'records'
}

/** review-day_<host-school>_<yyyy-mm-dd>_<name>.json, in safe lower-case ASCII. */
export function bundleFileName(hostSchool: string, date: Date | string, name: string): string {
  return `review-day_${slug(hostSchool, 'review')}_${day(date)}_${slug(name, 'bundle')}.json`
}

/**
 * review-day_<yyyy-mm-dd>_sealed_<4 hex>.json: a sealed file's name says nothing of the school or
 * the person, since sealing is meant to keep them out of email subjects and chat previews. The
 * first four hex digits of the bundle's id tell one day's sealed files apart, so a host saving
 * every reviewer's into one folder is not asked to replace one with another.
 */
export function sealedFileName(date: Date | string, bundleId: string): string {
  const tag =
    bundleId
      .replace(/[^0-9a-f]/gi, '')
      .slice(0, 4)
      .toLowerCase() || 'file'
  return `review-day_${day(date)}_sealed_${tag}.json`
}

// Letters that Unicode does not decompose into an ASCII letter and a mark.
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
}

function slug(text: string, fallback: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (c) => LETTERS[c] ?? '')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '')
  return ascii || fallback
}

function day(date: Date | string): string {
  if (typeof date === 'string') {
    const match = /^\d{4}-\d{2}-\d{2}/.exec(date)
    return match ? match[0] : 'undated'
  }
  if (Number.isNaN(date.getTime())) return 'undated'
  // The person's own calendar day, as they would name the file.
  return localDay(date)
}
