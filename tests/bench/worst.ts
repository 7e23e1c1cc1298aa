// The worst bundle the format lets anyone build under the size limit, for merging: every record
// holds as many versions as a record may have, all concurrent, each clock listing as many devices
// as a clock may list. Merging n concurrent versions compares every pair of clocks, so the work
// per byte grows with the versions per record; with the bytes fixed by the size limit, the most
// versions per record is the worst case, and the devices per clock only fill the bytes.
//
// Each version's own device comes last in its clock and has its own count, so a comparison can
// neither stop early nor be settled by the clocks' sizes or sums.
import {
  type BundleRecord,
  encodeBundle,
  MAX_BUNDLE_BYTES,
  MAX_CLOCK_ENTRIES,
  MAX_VERSIONS,
} from '../../src/domain/bundle'
import type { Version } from '../../src/domain/merge'
import type { Visit } from '../../src/domain/schemas'
import { random } from './generate'

export interface WorstShape {
  /** Versions per record (defaults to the format's cap). */
  versions: number
  /** Devices per clock (defaults to the format's cap). */
  devices: number
}

const AT = '2026-12-02T09:00:00.000Z'
const DATA: Visit = {
  activity: 'lesson-visit',
  startedAt: AT,
  endedAt: '',
  yearGroup: 'Year 5',
  subject: 'Maths',
  place: 'Room 5',
  group: '5B',
  notes: [],
  summary: '',
}

/** One record of `shape.versions` concurrent versions over `shared` devices and their own. */
function record(
  uuid: () => string,
  reviewId: string,
  shared: readonly string[],
  versions: number,
): BundleRecord {
  const list: Version<Visit>[] = []
  for (let i = 0; i < versions; i++) {
    const own = uuid()
    const clock: Record<string, number> = {}
    for (const device of shared) clock[device] = 1
    clock[own] = i + 1
    list.push({ clock, at: AT, by: own, deleted: false, data: DATA })
  }
  return { kind: 'visit', id: uuid(), reviewId, versions: list }
}

/**
 * The bundle's text and its shape: as many such records as fit under the size limit (at least
 * one; if one record of that shape does not fit, it gets fewer versions).
 */
export async function worstBundle(shape: Partial<WorstShape> = {}) {
  const versionsCap = shape.versions ?? MAX_VERSIONS
  const devices = shape.devices ?? MAX_CLOCK_ENTRIES
  const r = random(0x5eed)
  const reviewId = r.uuid()
  const shared = Array.from({ length: devices - 1 }, () => r.uuid())
  // "uuid": n, — 36 characters, two quotes, a colon, the number and a comma.
  const perVersion = devices * 44 + JSON.stringify(DATA).length + 120
  const budget = MAX_BUNDLE_BYTES * 0.98
  const perRecord = perVersion * versionsCap
  const versions = perRecord <= budget ? versionsCap : Math.floor(budget / perVersion)
  let count = Math.max(1, Math.floor(budget / (perVersion * versions)))
  for (;;) {
    const records = Array.from({ length: count }, () => record(r.uuid, reviewId, shared, versions))
    const [from] = Object.keys(records[0]?.versions[0]?.clock ?? {}).slice(-1) as [string]
    const { text } = await encodeBundle({
      records,
      reviews: [reviewId],
      from: { deviceId: from, name: 'Worst Case', school: 'Bench Primary' },
      people: {},
    })
    const bytes = new TextEncoder().encode(text).length
    if (bytes <= MAX_BUNDLE_BYTES || count === 1) {
      return { text, bytes, records: count, versions, devices }
    }
    count--
  }
}
