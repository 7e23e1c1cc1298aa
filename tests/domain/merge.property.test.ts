// The algebra of merging (src/README.md, "Where the merge rules live"), checked over random
// versions and random days of editing and sharing: whatever order bundles travel in, every device
// ends with the same versions, and nothing anyone wrote is lost unless a later version that saw
// it replaced it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/domain/canonical'
import {
  ConflictError,
  createVersion,
  localDelete,
  localEdit,
  mergeVersions,
  resolve,
  type Version,
  versionKey,
} from '../../src/domain/merge'
import { compareClocks } from '../../src/domain/version-vector'
import { keys, type Note, t, type V } from './notation'
import { DEVICES, versionArb } from './version-arbitraries'

const RUNS = { numRuns: 1000 }
const setArb = fc.array(versionArb, { maxLength: 6 })

const strictlyBelow = (a: Version, b: Version) => compareClocks(a.clock, b.clock) === 'before'

describe('mergeVersions is a join', () => {
  it('is idempotent: merging what we already hold changes nothing', () => {
    fc.assert(
      fc.property(setArb, setArb, (a, b) => {
        const m = mergeVersions(a, b)
        expect(keys(mergeVersions(a, a))).toEqual(keys(mergeVersions(a, [])))
        expect(keys(mergeVersions(m, m))).toEqual(keys(m))
        expect(keys(mergeVersions(m, b))).toEqual(keys(m))
      }),
      RUNS,
    )
  })

  it('is commutative: who imports from whom does not matter', () => {
    fc.assert(
      fc.property(setArb, setArb, (a, b) => {
        expect(keys(mergeVersions(a, b))).toEqual(keys(mergeVersions(b, a)))
      }),
      RUNS,
    )
  })

  it('is associative: bundles can be imported in any grouping', () => {
    fc.assert(
      fc.property(setArb, setArb, setArb, (a, b, c) => {
        const left = mergeVersions(mergeVersions(a, b), c)
        const right = mergeVersions(a, mergeVersions(b, c))
        expect(keys(left)).toEqual(keys(right))
      }),
      RUNS,
    )
  })

  it('drops a version only when another version it keeps strictly dominates it', () => {
    fc.assert(
      fc.property(setArb, setArb, (a, b) => {
        const out = mergeVersions(a, b)
        const kept = new Set(out.map(versionKey))
        for (const v of [...a, ...b]) {
          if (kept.has(versionKey(v))) continue
          expect(out.some((w) => strictlyBelow(v, w))).toBe(true)
        }
        // And what it keeps are the latest concurrent versions: none below another, no repeats.
        for (const v of out) expect(out.some((w) => strictlyBelow(v, w))).toBe(false)
        expect(kept.size).toBe(out.length)
      }),
      RUNS,
    )
  })
})

// The definition mergeVersions is held to, written plainly: one of each canonical version, those
// no other is strictly below, sorted by their canonical text. mergeVersions numbers devices and
// writes keys from sorted clock entries to go fast; the answer must be this one, key for key.
const canonicalKey = (v: Version) =>
  canonicalJson({ clock: v.clock, at: v.at, by: v.by, deleted: v.deleted, data: v.data })
function mergeByDefinition(a: readonly Version[], b: readonly Version[]): string[] {
  const unique = new Map<string, Version>()
  for (const v of [...a, ...b]) if (!unique.has(canonicalKey(v))) unique.set(canonicalKey(v), v)
  const all = [...unique.values()]
  return all
    .filter((v) => !all.some((w) => strictlyBelow(v, w)))
    .map(canonicalKey)
    .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
}

// Device ids that sort differently as text and as array indices, and counts up to the ceiling.
const wideClockArb = fc.dictionary(
  fc.constantFrom('A', 'B', 'b', '0', '1', '10', '9', '__proto__'),
  fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constantFrom(2 ** 31 - 1, 2 ** 31 - 2)),
  { minKeys: 1, maxKeys: 6 },
)
const wideVersionArb: fc.Arbitrary<Version> = fc.record({
  clock: wideClockArb,
  at: fc.integer({ min: 0, max: 2 }).map(t),
  by: fc.constantFrom('A', '0'),
  deleted: fc.boolean(),
  data: fc.record({ text: fc.constantFrom('x', 'y'), n: fc.constantFrom(1, '1') }),
})

describe('mergeVersions, as defined', () => {
  it('keeps the versions the plain definition keeps, in its order, with canonical keys', () => {
    const setOf = fc.array(wideVersionArb, { maxLength: 7 })
    fc.assert(
      fc.property(setOf, setOf, (a, b) => {
        // Fresh copies, so no key worked out by an earlier run is reused.
        const copy = (vs: Version[]) => vs.map((v) => structuredClone(v))
        const out = mergeVersions(copy(a), copy(b))
        expect(out.map(canonicalKey)).toEqual(mergeByDefinition(a, b))
        for (const v of out) expect(versionKey(v)).toBe(canonicalKey(v))
      }),
      RUNS,
    )
  }, 60_000)
})

// ---- A simulated review day: devices edit, delete, resolve, forget and swap whole states. ----

type Op =
  | { type: 'edit'; device: number; record: number; text: string }
  | { type: 'delete'; device: number; record: number }
  | { type: 'resolve'; device: number; record: number; pick: number; deleted: boolean }
  | { type: 'forget'; device: number; record: number }
  | { type: 'send'; from: number; to: number }

const deviceIx = fc.nat({ max: 3 })
const recordIx = fc.nat({ max: 2 })
const weighted = (weight: number, arbitrary: fc.Arbitrary<Op>) => ({ weight, arbitrary })
// Weighted so that sharing is frequent and conflicts meet a person who resolves them.
const editOps = [
  weighted(
    3,
    fc.record({
      type: fc.constant('edit'),
      device: deviceIx,
      record: recordIx,
      text: fc.constantFrom('a', 'b', 'c'),
    }),
  ),
  weighted(1, fc.record({ type: fc.constant('delete'), device: deviceIx, record: recordIx })),
  weighted(
    3,
    fc.record({
      type: fc.constant('resolve'),
      device: deviceIx,
      record: recordIx,
      pick: fc.nat({ max: 4 }),
      deleted: fc.boolean(),
    }),
  ),
  weighted(3, fc.record({ type: fc.constant('send'), from: deviceIx, to: deviceIx })),
]
const forgetOp = weighted(
  1,
  fc.record({ type: fc.constant('forget'), device: deviceIx, record: recordIx }),
)

interface Device {
  id: string
  /** Device-wide counter: survives forgetting a record, so a number is never reused. */
  counter: number
  /** Minutes this phone's clock is off; wall times only break ties. */
  skew: number
  records: Map<string, V[]>
}

function simulate(deviceCount: number, skews: number[], ops: Op[], finalOrder: [number, number][]) {
  const devices: Device[] = DEVICES.slice(0, deviceCount).map((id, i) => ({
    id,
    counter: 0,
    skew: skews[i] ?? 0,
    records: new Map(),
  }))
  const written: { record: string; version: V }[] = []
  const seen = { refusedEdits: 0, resolutions: 0, deletes: 0 }
  const author = (d: Device, step: number) => ({
    deviceId: d.id,
    fresh: ++d.counter,
    at: t(Math.max(0, step + d.skew)),
  })
  const keep = (d: Device, record: string, versions: V[]) => {
    d.records.set(record, versions)
    for (const version of versions) written.push({ record, version })
  }
  const send = (from: Device, to: Device) => {
    for (const [record, versions] of from.records) {
      to.records.set(record, mergeVersions(to.records.get(record) ?? [], versions))
    }
  }

  ops.forEach((op, step) => {
    if (op.type === 'send') {
      const from = devices[op.from % deviceCount]
      const to = devices[op.to % deviceCount]
      if (from && to) send(from, to)
      return
    }
    const d = devices[op.device % deviceCount]
    if (!d) return
    const record = `r${op.record}`
    const current = d.records.get(record)
    switch (op.type) {
      case 'edit':
        if (!current) keep(d, record, [createVersion<Note>({ text: op.text }, author(d, step))])
        else if (current.length > 1) {
          expect(() => localEdit(current, { text: op.text }, author(d, step))).toThrow(
            ConflictError,
          )
          seen.refusedEdits++
        } else keep(d, record, localEdit(current, { text: `${op.text}${step}` }, author(d, step)))
        break
      case 'delete':
        if (!current) break
        if (current.length > 1)
          expect(() => localDelete(current, author(d, step))).toThrow(ConflictError)
        else {
          keep(d, record, localDelete(current, author(d, step)))
          seen.deletes++
        }
        break
      case 'resolve': {
        if (!current || current.length < 2) break
        // Keep one side, or (pick beyond the list) combine all texts, as a person would.
        const chosen = current[op.pick]
        const text = chosen
          ? chosen.data.text
          : [...new Set(current.map((v) => v.data.text))].sort().join('+')
        const deleted = chosen ? chosen.deleted : op.deleted
        keep(d, record, resolve(current, { data: { text }, deleted }, author(d, step)))
        seen.resolutions++
        break
      }
      case 'forget':
        d.records.delete(record)
        break
    }
  })

  for (const [from, to] of finalOrder) {
    const a = devices[from]
    const b = devices[to]
    if (a && b && a !== b) send(a, b)
  }
  return { devices, written, seen }
}

function state(d: Device): Record<string, string[]> {
  return Object.fromEntries([...d.records].sort().map(([id, versions]) => [id, keys(versions)]))
}

const dayArb = (ops: fc.WeightedArbitrary<Op>[]) =>
  fc.integer({ min: 3, max: 4 }).chain((deviceCount) => {
    const pairs: [number, number][] = []
    for (let a = 0; a < deviceCount; a++)
      for (let b = 0; b < deviceCount; b++) if (a !== b) pairs.push([a, b])
    return fc.record({
      deviceCount: fc.constant(deviceCount),
      skews: fc.array(fc.integer({ min: -5, max: 5 }), {
        minLength: deviceCount,
        maxLength: deviceCount,
      }),
      ops: fc.array(fc.oneof(...ops), { minLength: 5, maxLength: 40, size: 'max' }),
      // Every device sends its whole state to every other, in a random order.
      finalOrder: fc.shuffledSubarray(pairs, { minLength: pairs.length }),
    })
  })

describe('devices sharing bundles', () => {
  it('converge to the same versions once all have exchanged, in any order', () => {
    fc.assert(
      fc.property(dayArb([...editOps, forgetOp]), ({ deviceCount, skews, ops, finalOrder }) => {
        const { devices } = simulate(deviceCount, skews, ops, finalOrder)
        const [first, ...others] = devices.map(state)
        for (const other of others) expect(other).toEqual(first)
      }),
      RUNS,
    )
  })

  it('lose no version anyone wrote unless a later version that saw it replaced it', () => {
    fc.assert(
      fc.property(dayArb(editOps), ({ deviceCount, skews, ops, finalOrder }) => {
        const { devices, written } = simulate(deviceCount, skews, ops, finalOrder)
        const [someone] = devices
        if (!someone) throw new Error('no devices')
        for (const { record, version } of written) {
          const final = someone.records.get(record) ?? []
          const survives = final.some((w) => versionKey(w) === versionKey(version))
          expect(survives || final.some((w) => strictlyBelow(version, w))).toBe(true)
        }
      }),
      RUNS,
    )
  })

  it('are random enough to meet conflicts, refused edits, resolutions and deletes', () => {
    const totals = { refusedEdits: 0, resolutions: 0, deletes: 0, conflictedAtEnd: 0 }
    for (const day of fc.sample(dayArb(editOps), { numRuns: 300, seed: 42 })) {
      const { devices, seen } = simulate(day.deviceCount, day.skews, day.ops, day.finalOrder)
      totals.refusedEdits += seen.refusedEdits
      totals.resolutions += seen.resolutions
      totals.deletes += seen.deletes
      for (const versions of devices[0]?.records.values() ?? []) {
        if (versions.length > 1) totals.conflictedAtEnd++
      }
    }
    for (const count of Object.values(totals)) expect(count).toBeGreaterThan(30)
  })

  it('never hands a device a number it used before, so every write is fresh', () => {
    fc.assert(
      fc.property(dayArb([...editOps, forgetOp]), ({ deviceCount, skews, ops, finalOrder }) => {
        const { written } = simulate(deviceCount, skews, ops, finalOrder)
        const seen = new Set<string>()
        for (const { version } of written) {
          const stamp = `${version.by}:${version.clock[version.by]}`
          expect(seen.has(stamp)).toBe(false)
          seen.add(stamp)
        }
      }),
      RUNS,
    )
  })
})
