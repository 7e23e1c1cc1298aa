// A seeded, deterministic generator of synthetic review archives for the benchmark: reviews with
// their focus, lesson visits, conversations and feedback, written with the app's own types, so
// decodeBundle's zod schemas accept every record. The same seed always gives the same records.
import type { BundlePerson, BundleRecord } from '../../src/domain/bundle'
import type { Version } from '../../src/domain/merge'
import {
  ACTIVITIES,
  CONVERSATION_WITH,
  EVIDENCE_ACTIVITIES,
  type Kind,
  type PayloadOf,
  ROLES,
  STAGES,
} from '../../src/domain/schemas'

/** mulberry32: small, fast and good enough to make varied but reproducible data. */
export function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const hex = (n: number) => {
    let out = ''
    for (let i = 0; i < n; i++) out += Math.floor(next() * 16).toString(16)
    return out
  }
  /** A version 4 uuid that z.uuid() accepts. */
  const uuid = () =>
    `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`
  return { next, int, pick, uuid }
}
type Random = ReturnType<typeof random>

const SCHOOLS = [
  'Oak',
  'Elm',
  'Hillside',
  'Riverside',
  'Meadow',
  'Brookside',
  'St Mary’s',
  'Ysgol y Graig',
  'Castle',
  'Westfield',
  'Greenway',
  'Ashby',
]
const SCHOOL_TYPES = ['Primary School', 'Academy', 'Junior School', 'C of E Primary', 'Infants']
const FIRST = ['Ann', 'Priya', 'Owen', 'Siân', 'Tom', 'Grace', 'Dafydd', 'Amara', 'Lewis', 'Chloe']
const LAST = ['Reviewer', 'Patel', 'Jones', 'Evans', 'Smith', 'Okafor', 'Hughes', 'Clarke']
const SUBJECTS = ['Maths', 'English', 'Science', 'History', 'Geography', 'Art', 'PE', 'Music']
const SUBJECT_PHRASES = [
  'Pupils',
  'Most pupils',
  'Two pupils near the window',
  'The teacher',
  'The teaching assistant',
  'A group of four',
  'Several pupils',
  'One pupil who was stuck',
]
const VERBS = [
  'explained',
  'used',
  'asked about',
  'modelled',
  'checked',
  'returned to',
  'talked through',
  'wrote down',
]
const OBJECTS = [
  'their method to a partner',
  'the sentence stems on the wall',
  'a question about equivalent fractions',
  'the success criteria',
  'the vocabulary from last week',
  'a worked example on the board',
  'the feedback in their books',
  'mini whiteboards to show an answer',
]
const CLAUSES = [
  'before moving on',
  'when they were unsure',
  'without being prompted',
  'after a short pause',
  'while the adult worked with another table',
  'and then tried the next step',
  '',
]

function sentence(r: Random): string {
  const clause = r.pick(CLAUSES)
  return `${r.pick(SUBJECT_PHRASES)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}${clause ? ` ${clause}` : ''}.`
}

function sentences(r: Random, min: number, max: number): string {
  const n = r.int(min, max)
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(sentence(r))
  return out.join(' ')
}

function someOf<T>(r: Random, items: readonly T[], min: number, max: number): T[] {
  const n = Math.min(items.length, r.int(min, max))
  const pool = [...items]
  const out: T[] = []
  for (let i = 0; i < n; i++) out.push(pool.splice(Math.floor(r.next() * pool.length), 1)[0] as T)
  return out
}

const pad = (n: number) => String(n).padStart(2, '0')

export interface Archive {
  records: BundleRecord[]
  /** Every reviewId of the records. */
  reviews: string[]
  /** Every device that made a version. */
  people: Record<string, BundlePerson>
}

/**
 * `count` records in reviews of 50 (review, focus, 30 visits, 12 conversations, 6 feedback; the
 * last review cut short), made by a cluster of 24 devices. About 1 in 100 records holds two concurrent versions (a conflict).
 */
export function generateArchive(seed: number, count: number): Archive {
  const r = random(seed)
  const devices = Array.from({ length: 24 }, () => r.uuid())
  const people: Record<string, BundlePerson> = {}
  for (const d of devices) {
    people[d] = {
      name: `${r.pick(FIRST)} ${r.pick(LAST)}`,
      school: `${r.pick(SCHOOLS)} ${r.pick(SCHOOL_TYPES)}`,
      role: r.pick(ROLES),
    }
  }
  const counters = new Map<string, number>()
  const fresh = (device: string) => {
    const n = (counters.get(device) ?? 0) + 1
    counters.set(device, n)
    return n
  }

  const records: BundleRecord[] = []
  const reviews: string[] = []
  let day = 0
  while (records.length < count) {
    day++
    const date = new Date(Date.UTC(2024, 0, 8) + day * 3 * 86_400_000)
    const ymd = date.toISOString().slice(0, 10)
    const at = (h: number, m: number) => `${ymd}T${pad(h)}:${pad(m)}:${pad(r.int(0, 59))}.000Z`
    const team = someOf(r, devices, 4, 4)
    const reviewId = r.uuid()
    reviews.push(reviewId)
    const lines = Array.from({ length: 3 }, () => r.uuid())

    const add = <K extends Kind>(kind: K, id: string, when: string, data: PayloadOf[K]) => {
      if (records.length >= count) return
      const by = r.pick(team)
      const clock: Record<string, number> = { [by]: fresh(by) }
      // Some records were edited on a second device after the first.
      if (r.next() < 0.2) {
        const other = r.pick(team)
        clock[other] = Math.max(clock[other] ?? 0, fresh(other))
      }
      const version: Version<PayloadOf[K]> = { clock, at: when, by, deleted: false, data }
      const versions = [version]
      if (kind !== 'review' && kind !== 'focus' && r.next() < 0.01) {
        // Two people changed the record apart from each other: concurrent clocks.
        const other = team.find((d) => d !== by) as string
        versions.push({
          clock: { [other]: fresh(other) },
          at: when.replace(/:(\d\d)\.000Z$/, ':59.500Z'),
          by: other,
          deleted: false,
          data,
        })
      }
      records.push({ kind, id, reviewId, versions } as BundleRecord)
    }

    const teamMembers = team.map((d) => ({
      id: r.uuid(),
      name: people[d]?.name ?? '',
      school: people[d]?.school ?? '',
      role: people[d]?.role ?? 'reviewer',
    }))
    add('review', reviewId, at(8, 0), {
      hostSchool: `${r.pick(SCHOOLS)} ${r.pick(SCHOOL_TYPES)}`,
      cluster: `${r.pick(SCHOOLS)} Partnership`,
      startDate: ymd,
      endDate: ymd,
      team: teamMembers,
      stage: r.pick(STAGES),
    })
    add('focus', r.uuid(), at(8, 5), {
      enquiryQuestion: `How well do pupils ${r.pick(VERBS)} ${r.pick(OBJECTS)}?`,
      context: sentences(r, 1, 2),
      linesOfEnquiry: lines.map((id) => ({
        id,
        title: `${r.pick(SUBJECTS)}: ${r.pick(OBJECTS)}`,
        prompts: [`How do you use ${r.pick(OBJECTS)}?`, 'What helps you when you are stuck?'],
      })),
      evidencePlan: Array.from({ length: 4 }, () => ({
        id: r.uuid(),
        activity: r.pick(EVIDENCE_ACTIVITIES),
        detail: `${r.pick(SUBJECTS)} in Years ${r.int(1, 3)} and ${r.int(4, 6)}`,
        who: r.pick(teamMembers).name,
      })),
      schedule: Array.from({ length: 6 }, (_, i) => ({
        id: r.uuid(),
        time: `${pad(9 + i)}:00`,
        activity: `Year ${r.int(1, 6)} ${r.pick(SUBJECTS)}`,
        place: `Room ${r.int(1, 14)}`,
        reviewers: [r.pick(teamMembers).id],
      })),
    })
    const visits: { id: string; notes: string[] }[] = []
    for (let i = 0; i < 30; i++) {
      const id = r.uuid()
      const h = 9 + (i % 6)
      const notes = Array.from({ length: r.int(1, 2) }, (_, n) => ({
        id: r.uuid(),
        at: at(h, 5 + n * 10),
        text: sentence(r),
        lines: someOf(r, lines, 1, r.next() < 0.8 ? 1 : 2),
      }))
      visits.push({ id, notes: notes.map((n) => n.id) })
      add('visit', id, at(h, 50), {
        activity: r.pick(ACTIVITIES),
        startedAt: at(h, 0),
        endedAt: at(h, 45),
        yearGroup: `Year ${r.int(1, 6)}`,
        subject: r.pick(SUBJECTS),
        place: `Room ${r.int(1, 14)}`,
        group: `${r.int(1, 6)}${r.pick(['A', 'B', 'H', 'W'])}`,
        notes,
        summary: r.next() < 0.7 ? '' : sentence(r),
      })
    }
    for (let i = 0; i < 12; i++) {
      add('conversation', r.uuid(), at(12 + (i % 3), 30), {
        with: r.pick(CONVERSATION_WITH),
        group: `Year ${r.int(1, 6)}, ${r.int(2, 8)} pupils`,
        size: r.int(1, 8),
        at: at(12 + (i % 3), 0),
        notes: Array.from({ length: r.int(1, 3) }, () => ({
          id: r.uuid(),
          ...(r.next() < 0.5 ? { prompt: 'What helps you when you are stuck?' } : {}),
          text: sentence(r),
          lines: someOf(r, lines, 1, 1),
        })),
      })
    }
    for (let i = 0; i < 6; i++) {
      add('feedback', r.uuid(), at(15, 10 * i), {
        author: r.pick(teamMembers).name,
        consolidated: i === 5,
        status: r.pick(['draft', 'ready'] as const),
        summary: i === 5 ? sentences(r, 1, 2) : '',
        lines: lines.map((lineId) => ({
          lineId,
          findings: sentence(r),
          strengths: r.next() < 0.3 ? sentence(r) : '',
          questions: r.next() < 0.3 ? 'How might this be kept going when pupils write?' : '',
          evidence: someOf(r, visits, 1, 1).map((v) => ({ recordId: v.id, noteId: v.notes[0] })),
        })),
      })
    }
  }
  return { records, reviews, people }
}

/**
 * Newer versions of `count` of the given records, as another device of the cluster would send them
 * after editing each once more (a note added to a visit, a line to feedback): an import updates them.
 */
export function editsOf(seed: number, archive: Archive, count: number): BundleRecord[] {
  const r = random(seed)
  const devices = Object.keys(archive.people)
  const single = archive.records.filter((rec) => rec.versions.length === 1)
  const step = Math.max(1, Math.floor(single.length / count))
  const out: BundleRecord[] = []
  for (let i = 0; i < single.length && out.length < count; i += step) {
    const rec = single[i] as BundleRecord
    const [v] = rec.versions as [Version]
    const by = r.pick(devices)
    const clock = { ...v.clock, [by]: (v.clock[by] ?? 0) + 1_000_000 }
    const at = v.at.replace(/^(\d{4})/, (y) => String(Number(y) + 1))
    let data = v.data as PayloadOf[Kind]
    if (rec.kind === 'visit') {
      const visit = data as PayloadOf['visit']
      data = {
        ...visit,
        notes: [...visit.notes, { id: r.uuid(), at, text: sentence(r), lines: [] }],
      }
    } else if (rec.kind === 'review') {
      data = { ...(data as PayloadOf['review']), stage: 'closed' }
    } else if (rec.kind === 'feedback') {
      data = { ...(data as PayloadOf['feedback']), summary: sentences(r, 1, 2) }
    } else if (rec.kind === 'conversation') {
      const c = data as PayloadOf['conversation']
      data = { ...c, notes: [...c.notes, { id: r.uuid(), text: sentence(r), lines: [] }] }
    } else {
      data = { ...(data as PayloadOf['focus']), context: sentences(r, 2, 3) }
    }
    out.push({ ...rec, versions: [{ clock, at, by, deleted: false, data }] } as BundleRecord)
  }
  return out
}
