// A record is kept as the set of its latest concurrent versions (the README's "How merging works,
// in plain words"; src/README.md, "Where the merge rules live"). merge is a join:
// commutative, associative and idempotent, and it drops a version only when another strictly
// dominates it. Nothing here reads a clock of the machine except through the arguments.
import { canonicalJson } from './canonical'
import { ReviewDayError } from './errors'
import type { Clock } from './schemas'
import { compareClocks, joinClocks, MAX_COUNTER } from './version-vector'

export interface Version<P = unknown> {
  clock: Clock
  /** Wall time of the edit; phone clocks are wrong, so this only breaks ties. */
  at: string
  /** deviceId of the device that wrote this version. */
  by: string
  deleted: boolean
  data: P
}

// Versions are never changed in place (every edit makes a new one), so a version's key is worked
// out once and kept beside it for as long as the version lives.
const keys = new WeakMap<Version, string>()

/** The identity of a version: its clock and its content. */
export function versionKey(v: Version): string {
  let key = keys.get(v)
  if (key === undefined) {
    key = canonicalJson({ clock: v.clock, at: v.at, by: v.by, deleted: v.deleted, data: v.data })
    keys.set(v, key)
  }
  return key
}

function contentKey(v: Version): string {
  return canonicalJson({ at: v.at, by: v.by, deleted: v.deleted, data: v.data })
}

export function sameVersion(a: Version, b: Version): boolean {
  return compareClocks(a.clock, b.clock) === 'equal' && contentKey(a) === contentKey(b)
}

/** The versions of s1 ∪ s2 that no other version there is strictly below. Sorted canonically. */
export function mergeVersions<P>(
  s1: readonly Version<P>[],
  s2: readonly Version<P>[],
): Version<P>[] {
  const all = [...s1, ...s2]
  const { clocks, quoted } = sparseClocks(all.map((v) => v.clock))
  const unique = new Map<string, number>()
  all.forEach((v, i) => {
    const key = keyWith(v, clocks[i] as SparseClock, quoted)
    if (!unique.has(key)) unique.set(key, i)
  })
  const indices = [...unique.values()]
  const kept = [...unique.entries()].filter(([, i]) => {
    const clock = clocks[i] as SparseClock
    return !indices.some((j) => i !== j && below(clock, clocks[j] as SparseClock))
  })
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return kept.map(([, i]) => all[i] as Version<P>)
}

/** A clock as its devices' numbers in one order, with its entries' numbers beside them. */
interface SparseClock {
  devices: Int32Array
  counts: Float64Array
  /** Entries above 0: a clock with more of them than another cannot be below it. */
  positive: number
  /** Every count is a safe integer and so is their sum: written as JSON by a template, summed exactly. */
  whole: boolean
  /** The entries' sum: when both are whole, a clock below another has a smaller sum. */
  sum: number
}

/**
 * The clocks of the versions being merged, each device numbered once for all of them — in the
 * order canonical JSON sorts device ids — and each clock's entries sorted by that number. So one
 * clock is compared with another in a single walk over two short typed arrays, and a version's
 * canonical key is written without sorting its clock's keys again: a record may hold
 * MAX_VERSIONS concurrent versions of MAX_CLOCK_ENTRIES devices each (bundle-schema.ts), and
 * sorting each of those clocks was the largest cost of merging the heaviest file.
 */
function sparseClocks(clocks: readonly Clock[]): { clocks: SparseClock[]; quoted?: string[] } {
  const keysOf = clocks.map((clock) => Object.keys(clock))
  const ids = [...new Set(keysOf.flat())].sort()
  const numbers = new Map(ids.map((key, n) => [key, n]))
  const sparse = clocks.map((clock, c) => {
    const devices = Int32Array.from(keysOf[c] as string[], (key) => numbers.get(key) as number)
    devices.sort()
    const counts = new Float64Array(devices.length)
    let positive = 0
    let sum = 0
    let whole = true
    devices.forEach((n, i) => {
      const raw: unknown = clock[ids[n] as string]
      const count = typeof raw === 'number' ? raw : 0
      counts[i] = count
      if (count > 0) positive++
      sum += count
      if (!Number.isSafeInteger(raw)) whole = false
    })
    return { devices, counts, positive, sum, whole: whole && Number.isSafeInteger(sum) }
  })
  // Ids that look like array indices are listed first by every object, so canonical JSON would
  // not write them in sorted order: such clocks take the general path.
  const ordered = !ids.some((key) => /^(?:0|[1-9]\d*)$/.test(key))
  return {
    clocks: sparse,
    quoted: ordered ? ids.map((key) => `${JSON.stringify(key)}:`) : undefined,
  }
}

/**
 * versionKey, with the clock written from its sorted entries: the same text as canonicalJson of
 * the version, whose keys in sorted order are at, by, clock, data, deleted.
 */
function keyWith(v: Version, clock: SparseClock, quoted: string[] | undefined): string {
  const known = keys.get(v)
  if (known !== undefined) return known
  const data = v.data === undefined ? undefined : canonicalJson(v.data)
  const plain =
    typeof v.at === 'string' && typeof v.by === 'string' && typeof v.deleted === 'boolean'
  if (!quoted || !clock.whole || !plain || data === undefined) return versionKey(v)
  const entries: string[] = []
  clock.devices.forEach((n, i) => {
    entries.push(`${quoted[n]}${clock.counts[i]}`)
  })
  const at = JSON.stringify(v.at)
  const by = JSON.stringify(v.by)
  const key = `{"at":${at},"by":${by},"clock":{${entries.join(',')}},"data":${data},"deleted":${v.deleted}}`
  keys.set(v, key)
  return key
}

/** Whether clock a is strictly below clock b: no entry above b's, and not equal. */
function below(a: SparseClock, b: SparseClock): boolean {
  if (a.positive > b.positive) return false
  if (a.whole && b.whole && a.sum >= b.sum) return false
  let strict = false
  let j = 0
  for (let i = 0; i < a.devices.length; i++) {
    const device = a.devices[i] as number
    const x = a.counts[i] as number
    while (j < b.devices.length && (b.devices[j] as number) < device) {
      if ((b.counts[j] as number) > 0) strict = true
      j++
    }
    const y = j < b.devices.length && b.devices[j] === device ? (b.counts[j++] as number) : 0
    if (x > y) return false
    if (x < y) strict = true
  }
  for (; j < b.devices.length && !strict; j++) if ((b.counts[j] as number) > 0) strict = true
  return strict
}

/** The version shown: the greatest by (at, by, content); the same on every device. */
export function winner<P>(versions: readonly Version<P>[]): Version<P> {
  let best: Version<P> | undefined
  for (const v of versions) {
    if (!best || compareForWinner(v, best) > 0) best = v
  }
  if (!best) throw new Error('A record has at least one version')
  return best
}

function compareForWinner(a: Version, b: Version): number {
  const ta = instant(a.at)
  const tb = instant(b.at)
  if (ta !== tb) return ta < tb ? -1 : 1
  if (a.at !== b.at) return a.at < b.at ? -1 : 1
  if (a.by !== b.by) return a.by < b.by ? -1 : 1
  const ka = versionKey(a)
  const kb = versionKey(b)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/

/**
 * Milliseconds since the epoch of an ISO time with Z or an offset. Parsed by hand because the text
 * of times written with different offsets does not sort by instant, and Date.parse of anything
 * beyond the exact ECMAScript format differs between engines — the winner must be the same on
 * every device. Unparsable times sort first; ties fall back to the text.
 */
export function instant(at: string): number {
  const m = ISO_TIME.exec(at)
  if (!m) return Number.NEGATIVE_INFINITY
  const [, y, mo, d, h, mi, s, frac = '', sign, oh = '0', om = '0'] = m
  const ms = Number(frac.slice(0, 3).padEnd(3, '0'))
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms)
  const offset = (Number(oh) * 60 + Number(om)) * 60_000
  return sign === '-' ? utc + offset : sign === '+' ? utc - offset : utc
}

export function isConflicted(versions: readonly Version[]): boolean {
  return versions.length > 1
}

export interface Author {
  deviceId: string
  /** A number larger than any this device has put in a clock before. */
  fresh: number
  /** ISO time of the edit. */
  at: string
}

/** A record with concurrent versions must be resolved by a person before it is edited. */
export class ConflictError extends ReviewDayError<'record/conflicted'> {
  constructor() {
    super('record/conflicted')
  }
}

/** A new record's only version. */
export function createVersion<P>(data: P, by: Author): Version<P> {
  checkFresh(by.fresh)
  return { clock: { [by.deviceId]: by.fresh }, at: by.at, by: by.deviceId, deleted: false, data }
}

/** Edit of a record with exactly one version: its clock with this device's entry made fresh. */
export function localEdit<P>(versions: readonly Version<P>[], data: P, by: Author): Version<P>[] {
  return [writeOver(versions, data, false, by)]
}

/**
 * A local edit of what a screen showed: `seen` is the clock of the one version it showed. Written
 * over that clock with a fresh entry of this device and merged with what is stored now. When
 * nothing came since, this is localEdit. A version another device wrote since (an import in
 * another tab), which the person never saw, is not superseded: it stays beside the edit, a
 * conflict for a person to choose, rather than words dropped unseen. A record stored in conflict
 * is refused, as localEdit refuses it. A later version of this same device is superseded, as by
 * localEdit: one device's clock entry cannot tell two of its own tabs apart.
 */
export function editSeen<P>(
  versions: readonly Version<P>[],
  seen: Clock,
  data: P,
  by: Author,
): Version<P>[] {
  if (versions.length !== 1) throw new ConflictError()
  return mergeVersions(versions, [stamp(seen, data, false, by)])
}

/** Delete is a version with deleted: true, so it travels and can conflict with an edit. */
export function localDelete<P>(versions: readonly Version<P>[], by: Author): Version<P>[] {
  const current = versions[0]
  if (!current) throw new Error('Nothing to delete')
  return [writeOver(versions, current.data, true, by)]
}

function writeOver<P>(versions: readonly Version<P>[], data: P, deleted: boolean, by: Author) {
  if (versions.length !== 1) throw new ConflictError()
  const [only] = versions as [Version<P>]
  return stamp(only.clock, data, deleted, by)
}

/** A person's choice among concurrent versions: pointwise max of all, with a fresh entry. */
export function resolve<P>(
  versions: readonly Version<P>[],
  choice: { data: P; deleted?: boolean },
  by: Author,
): Version<P>[] {
  if (versions.length === 0) throw new Error('Nothing to resolve')
  return [
    stamp(joinClocks(...versions.map((v) => v.clock)), choice.data, choice.deleted ?? false, by),
  ]
}

/**
 * A person's choice among the versions a screen showed them (`seen`: their clocks), merged with
 * what is stored now: it supersedes what they chose among, and a version that came since, which
 * they never saw, stays beside it, still a conflict. When nothing came since, this is resolve.
 */
export function resolveSeen<P>(
  versions: readonly Version<P>[],
  seen: readonly Clock[],
  choice: { data: P; deleted?: boolean },
  by: Author,
): Version<P>[] {
  if (versions.length === 0 || seen.length === 0) throw new Error('Nothing to resolve')
  const chosen = stamp(joinClocks(...seen), choice.data, choice.deleted ?? false, by)
  return mergeVersions(versions, [chosen])
}

function stamp<P>(base: Clock, data: P, deleted: boolean, by: Author): Version<P> {
  checkFresh(by.fresh)
  const current = base[by.deviceId] ?? 0
  if (by.fresh <= current) throw new Error('A fresh counter must be larger than any seen before')
  return { clock: { ...base, [by.deviceId]: by.fresh }, at: by.at, by: by.deviceId, deleted, data }
}

// A clock entry must be a whole number from 1 to MAX_COUNTER (the bundle schema refuses anything
// else), or a record could be saved that no other device can import. NaN would also slip past the
// "larger" check. db/write.ts continues under a fresh device id before the counter runs out.
function checkFresh(fresh: number): void {
  if (!Number.isSafeInteger(fresh) || fresh < 1 || fresh > MAX_COUNTER) {
    throw new Error(`A fresh counter is a whole number from 1 to ${MAX_COUNTER}`)
  }
}
