// A record is kept as the set of its latest concurrent versions (the README's "How merging works,
// in plain words"; src/README.md, "Where the merge rules live"). merge is a join:
// commutative, associative and idempotent, and it drops a version only when another strictly
// dominates it. Nothing here reads a clock of the machine except through the arguments.
import { canonicalJson } from './canonical'
import { ReviewDayError } from './errors'
import type { Clock } from './schemas'
import { compareClocks, joinClocks } from './version-vector'

export interface Version<P = unknown> {
  clock: Clock
  /** Wall time of the edit; phone clocks are wrong, so this only breaks ties. */
  at: string
  /** deviceId of the device that wrote this version. */
  by: string
  deleted: boolean
  data: P
}

/** The identity of a version: its clock and its content. */
export function versionKey(v: Version): string {
  return canonicalJson({ clock: v.clock, at: v.at, by: v.by, deleted: v.deleted, data: v.data })
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
  const unique = new Map<string, Version<P>>()
  for (const v of [...s1, ...s2]) {
    const key = versionKey(v)
    if (!unique.has(key)) unique.set(key, v)
  }
  const all = [...unique.entries()]
  const kept = all.filter(
    ([, v]) => !all.some(([, w]) => compareClocks(v.clock, w.clock) === 'before'),
  )
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return kept.map(([, v]) => v)
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
function instant(at: string): number {
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

function stamp<P>(base: Clock, data: P, deleted: boolean, by: Author): Version<P> {
  checkFresh(by.fresh)
  const current = base[by.deviceId] ?? 0
  if (by.fresh <= current) throw new Error('A fresh counter must be larger than any seen before')
  return { clock: { ...base, [by.deviceId]: by.fresh }, at: by.at, by: by.deviceId, deleted, data }
}

// A clock entry must be a whole number from 1 (the bundle schema refuses anything else), or a record
// could be saved that no other device can import. NaN would also slip past the "larger" check.
function checkFresh(fresh: number): void {
  if (!Number.isSafeInteger(fresh) || fresh < 1) {
    throw new Error('A fresh counter is a whole number from 1')
  }
}
