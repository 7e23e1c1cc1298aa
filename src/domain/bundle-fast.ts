// A fast path through the bundle schema (bundle-schema.ts) for what every version of every record
// repeats: the record's kind and ids, and each version's clock, time, author and deletion flag.
// Under the app's Content-Security-Policy zod cannot compile its validators, and walking these
// small shapes through its general machinery cost more than the payloads themselves; a clock of
// 256 devices is 256 keys and 256 numbers to check.
//
// It only ever says yes with the same output zod gives, or "don't know": any doubt returns
// undefined, and decodeBundle then asks zod, whose issues name the paths of a refusal. The leaves
// (ids, times, payloads) are still checked by the schema's own zod schemas, each distinct string
// once; only the structure around them is written out here.
// tests/domain/bundle-fast.property.test.ts holds the two to the same answers.
import { type BundleRecord, lowerId } from './bundle-schema'
import { isoTime, type Kind, payloadSchemas } from './schemas'
import { MAX_COUNTER } from './version-vector'

type Json = Record<string, unknown>

/** A zod string schema's verdict on each distinct string, asked once per call of fastRecords. */
function memo(schema: { safeParse(value: unknown): { success: boolean } }) {
  const known = new Map<string, boolean>()
  return (value: unknown): value is string => {
    if (typeof value !== 'string') return false
    let ok = known.get(value)
    if (ok === undefined) {
      ok = schema.safeParse(value).success
      known.set(value, ok)
    }
    return ok
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** z.record's plain object, as JSON.parse makes it (other prototypes are left to zod). */
function isPlain(value: unknown): value is Json {
  return isObject(value) && Object.getPrototypeOf(value) === Object.prototype
}

const isCounter = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_COUNTER

interface Checks {
  id: (value: unknown) => value is string
  time: (value: unknown) => value is string
}

function clockOk(clock: unknown, checks: Checks): clock is Record<string, number> {
  if (!isPlain(clock)) return false
  for (const key of Object.keys(clock)) {
    if (!checks.id(key) || !isCounter(clock[key])) return false
  }
  return true
}

/** One version as zod outputs it (keys in the schema's order), or undefined. */
function versionOf(kind: Kind, input: unknown, checks: Checks) {
  if (!isObject(input)) return undefined
  const { clock, at, by, deleted, data } = input
  if (!clockOk(clock, checks) || !checks.time(at) || !checks.id(by)) return undefined
  if (typeof deleted !== 'boolean' || !Object.hasOwn(clock, by)) return undefined
  const payload = payloadSchemas[kind].safeParse(data)
  if (!payload.success) return undefined
  return { clock, at, by, deleted, data: payload.data }
}

function recordOf(input: unknown, checks: Checks): BundleRecord | undefined {
  if (!isObject(input)) return undefined
  const { kind, id, reviewId, versions } = input
  if (typeof kind !== 'string' || !Object.hasOwn(payloadSchemas, kind)) return undefined
  if (!checks.id(id) || !checks.id(reviewId)) return undefined
  if (!Array.isArray(versions) || versions.length === 0) return undefined
  const out = []
  for (const v of versions) {
    const version = versionOf(kind as Kind, v, checks)
    if (!version) return undefined
    out.push(version)
  }
  return { kind, id, reviewId, versions: out } as BundleRecord
}

/**
 * The records as `z.array(bundleRecord)` would output them, when every one passes; undefined
 * when any does not (or when this path cannot tell), for zod to say why.
 */
export function fastRecords(records: unknown): BundleRecord[] | undefined {
  if (!Array.isArray(records)) return undefined
  const checks: Checks = { id: memo(lowerId()), time: memo(isoTime()) }
  const out: BundleRecord[] = []
  for (const input of records) {
    const record = recordOf(input, checks)
    if (!record) return undefined
    out.push(record)
  }
  return out
}
