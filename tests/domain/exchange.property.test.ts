// A review day with real files: 3–4 devices create, edit, delete and resolve records, and send one
// another bundle files — encodeBundle → text → decodeBundle → planImport → write what changed — in
// random order, then each sends to every other. Whatever the order, every device must end with
// the same versions, and no version anyone made may be lost unless another strictly dominates it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type BundleRecord, decodeBundle, encodeBundle, planImport } from '../../src/domain/bundle'
import {
  type Author,
  createVersion,
  localDelete,
  localEdit,
  mergeVersions,
  resolve,
  type Version,
  versionKey,
} from '../../src/domain/merge'
import { newAction, newCheckin } from '../../src/domain/new-records'
import type { Kind, Payload } from '../../src/domain/schemas'
import { compareClocks } from '../../src/domain/version-vector'
import { uuid } from './bundle-fixtures'
import { keys, t } from './notation'

const RUNS = 1000
const REVIEW = uuid(0x100)
type Travelling = Extract<Kind, 'visit' | 'conversation' | 'action' | 'checkin'>
/**
 * Record ids and kinds: a visit and a conversation (bundle format version 1), and an action and a
 * check-in of the improvement cycle (version 2), so records of four schemas travel and files of
 * both versions are written, depending on what a device holds when it sends.
 */
const RECORDS: { id: string; kind: Travelling }[] = [
  { id: uuid(0x201), kind: 'visit' },
  { id: uuid(0x203), kind: 'conversation' },
  { id: uuid(0x204), kind: 'action' },
  { id: uuid(0x205), kind: 'checkin' },
]
const TEXTS = ['a', 'b', 'c'] as const

/** Small payloads; few texts on purpose, so equal content by different routes comes up often. */
function payload(kind: Travelling, text: string): Payload {
  switch (kind) {
    case 'visit':
      return {
        activity: 'lesson-visit',
        startedAt: t(0),
        endedAt: '',
        yearGroup: 'Y4',
        subject: '',
        place: '',
        group: '',
        notes: [],
        summary: text,
      }
    case 'conversation':
      return { with: 'pupils', group: text, size: 4, at: t(0), notes: [] }
    case 'action':
      return { ...newAction(uuid(0x301)), what: text }
    case 'checkin':
      return { ...newCheckin(uuid(0x204), '2026-03-02', 'Someone'), seen: text }
  }
}
const textOf = (v: Version) => {
  const data = v.data as { summary?: string; group?: string; what?: string; seen?: string }
  return data.summary ?? data.group ?? data.what ?? data.seen ?? ''
}

interface Stored {
  id: string
  kind: Kind
  reviewId: string
  versions: Version[]
}

interface Device {
  id: string
  /** Device-wide counter, as the database keeps it: never reused. */
  counter: number
  store: Map<string, Stored>
}

type Op =
  | { type: 'write'; device: number; record: number; text: string }
  | { type: 'delete'; device: number; record: number }
  | { type: 'resolve'; device: number; record: number; pick: number; deleted: boolean }
  | { type: 'send'; from: number; to: number }

const deviceIx = fc.nat({ max: 3 })
const recordIx = fc.nat({ max: RECORDS.length - 1 })
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('write'),
      device: deviceIx,
      record: recordIx,
      text: fc.constantFrom(...TEXTS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('delete'), device: deviceIx, record: recordIx }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('resolve'),
      device: deviceIx,
      record: recordIx,
      pick: fc.nat({ max: 3 }),
      deleted: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('send'), from: deviceIx, to: deviceIx }) },
)

interface Day {
  deviceCount: number
  ops: Op[]
  finalOrder: [number, number][]
}

const dayArb: fc.Arbitrary<Day> = fc.integer({ min: 3, max: 4 }).chain((deviceCount) => {
  const pairs: [number, number][] = []
  for (let a = 0; a < deviceCount; a++)
    for (let b = 0; b < deviceCount; b++) if (a !== b) pairs.push([a, b])
  return fc.record({
    deviceCount: fc.constant(deviceCount),
    // Up to 40 steps: with four records, shorter days meet too few conflicts to resolve.
    ops: fc.array(opArb, { minLength: 4, maxLength: 40, size: 'max' }),
    // The final round: every device sends its file to every other, in a random order.
    finalOrder: fc.shuffledSubarray(pairs, { minLength: pairs.length }),
  })
})

/** Everything one run saw, to show the random days reach the interesting cases. */
interface Seen {
  conflictsImported: number
  resolutions: number
  deletes: number
  files: number
  /** Files written in format version 1 (version 1 kinds only) and in version 2. */
  v1Files: number
  v2Files: number
}

async function simulate(day: Day, seen: Seen) {
  const devices: Device[] = Array.from({ length: day.deviceCount }, (_, i) => ({
    id: uuid(0xd00 + i),
    counter: 0,
    store: new Map(),
  }))
  /** Every version anyone made, with its record. */
  const made: { record: string; version: Version }[] = []
  let step = 0
  const author = (d: Device): Author => ({ deviceId: d.id, fresh: ++d.counter, at: t(step) })
  const keep = (d: Device, base: (typeof RECORDS)[number], versions: Version[]) => {
    d.store.set(base.id, { ...base, reviewId: REVIEW, versions })
    for (const version of versions) made.push({ record: base.id, version })
  }

  const send = async (from: Device, to: Device) => {
    const { text } = await encodeBundle({
      records: [...from.store.values()],
      reviews: [REVIEW],
      from: { deviceId: from.id, name: `Device ${from.id.slice(-1)}`, school: 'Oak' },
      people: { [from.id]: { name: 'Someone', school: 'Oak', role: 'reviewer' } },
    })
    const bundle = await decodeBundle(text)
    const plan = planImport(to.store, bundle.records)
    for (const record of plan.changed) {
      // The plan's merge is the join of what the receiver had and what the file holds.
      const before = to.store.get(record.id)?.versions ?? []
      const incoming = bundle.records.find((r) => r.id === record.id)?.versions ?? []
      expect(keys(record.versions)).toEqual(keys(mergeVersions(before, incoming as Version[])))
      to.store.set(record.id, stored(record))
      // As raiseCounter does: stay ahead of any number of this device's that comes back.
      for (const v of record.versions) to.counter = Math.max(to.counter, v.clock[to.id] ?? 0)
    }
    seen.conflictsImported += plan.counts.conflicts
    seen.files++
    // The version follows what the file holds (src/domain/bundle-version.ts).
    const v2 = bundle.records.some((r) => r.kind === 'action' || r.kind === 'checkin')
    expect(bundle.version).toBe(v2 ? 2 : 1)
    if (v2) seen.v2Files++
    else seen.v1Files++
    // The same file again changes nothing.
    const again = planImport(to.store, bundle.records)
    expect(again.changed).toEqual([])
    expect(again.counts.unchanged).toBe(bundle.records.length)
  }

  for (const op of day.ops) {
    step++
    if (op.type === 'send') {
      const from = devices[op.from % day.deviceCount]
      const to = devices[op.to % day.deviceCount]
      if (from && to && from !== to) await send(from, to)
      continue
    }
    const d = devices[op.device % day.deviceCount]
    const base = RECORDS[op.record]
    if (!d || !base) continue
    const current = d.store.get(base.id)?.versions
    if (op.type === 'write') {
      const data = payload(base.kind, `${op.text}${step}`)
      // A device may create a record it has not yet received: two creations of one id conflict.
      if (!current) keep(d, base, [createVersion(data, author(d))])
      else if (current.length === 1) keep(d, base, localEdit(current, data, author(d)))
    } else if (op.type === 'delete') {
      if (current?.length === 1) {
        keep(d, base, localDelete(current, author(d)))
        seen.deletes++
      }
    } else if (current && current.length > 1) {
      // Keep one side, or (a pick past the list) combine the texts, as a person would.
      const chosen = current[op.pick]
      const text = chosen ? textOf(chosen) : [...new Set(current.map(textOf))].sort().join('+')
      const deleted = chosen ? chosen.deleted : op.deleted
      keep(d, base, resolve(current, { data: payload(base.kind, text), deleted }, author(d)))
      seen.resolutions++
    }
  }

  for (const [a, b] of day.finalOrder) {
    const from = devices[a]
    const to = devices[b]
    if (from && to) await send(from, to)
  }
  return { devices, made }
}

function stored(record: BundleRecord): Stored {
  return { ...record, versions: record.versions as Version[] }
}

function state(d: Device): Record<string, string[]> {
  return Object.fromEntries(
    [...d.store.values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r) => [r.id, keys(r.versions)]),
  )
}

const strictlyBelow = (a: Version, b: Version) => compareClocks(a.clock, b.clock) === 'before'

describe('devices exchanging real bundle files', () => {
  it('converge, and lose no version unless another strictly dominates it', async () => {
    const seen: Seen = {
      conflictsImported: 0,
      resolutions: 0,
      deletes: 0,
      files: 0,
      v1Files: 0,
      v2Files: 0,
    }
    await fc.assert(
      fc.asyncProperty(dayArb, async (day) => {
        const { devices, made } = await simulate(day, seen)
        const [first, ...others] = devices.map(state)
        for (const other of others) expect(other).toEqual(first)

        for (const device of devices) {
          for (const { record, version } of made) {
            const final = device.store.get(record)?.versions ?? []
            const key = versionKey(version)
            const kept = final.some((w) => versionKey(w) === key)
            expect(kept || final.some((w) => strictlyBelow(version, w))).toBe(true)
          }
        }
      }),
      { numRuns: RUNS },
    )
    // The random days met conflicts in files, resolutions and deletes, not only quiet days.
    // (Thresholds about half of what a run meets, so a random seed cannot make this flaky.)
    expect(seen.files).toBeGreaterThan(RUNS * 10)
    expect(seen.conflictsImported).toBeGreaterThan(RUNS)
    expect(seen.resolutions).toBeGreaterThan(RUNS / 20)
    expect(seen.deletes).toBeGreaterThan(RUNS / 10)
    expect(seen.v1Files).toBeGreaterThan(RUNS / 10)
    expect(seen.v2Files).toBeGreaterThan(RUNS)
  }, 60_000)
})
