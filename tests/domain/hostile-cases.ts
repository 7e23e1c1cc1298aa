// Files a person might be sent, by accident or on purpose, each with what must happen to it: refused
// with the code that tells them what to do next, or accepted safely (text stays text, unknown keys
// are stripped, no prototype is touched, no stack overflows). One table, run by the decoder's
// tests (hostile.test.ts) and through the database's real import path (db/hostile-import.test.ts).
import { expect } from 'vitest'
import {
  type DecodedBundle,
  encodeBundle,
  MAX_CLOCK_ENTRIES,
  MAX_VERSIONS,
  type StoredLike,
} from '../../src/domain/bundle'
import { digestOf } from '../../src/domain/digest'
import type { ErrorCode } from '../../src/domain/errors'
import { MAX_TEXT } from '../../src/domain/schemas'
import { CONVERSATION, REVIEW, sampleInput, uuid, VISIT } from './bundle-fixtures'

export const base = (await encodeBundle(sampleInput())).text

export type Json = Record<string, unknown>
const ix = (id: string) => JSON.parse(base).records.findIndex((r: Json) => r.id === id) as number
export const VISIT_AT = ix(VISIT)
const CONVERSATION_AT = ix(CONVERSATION)

/** The valid bundle, changed by `change`; the digest is recomputed unless the case is about it. */
export async function mutated(change: (bundle: Json) => void, redigest = true): Promise<string> {
  const bundle = JSON.parse(base) as Json
  change(bundle)
  if (redigest) bundle.digest = await digestOf(bundle.records)
  return JSON.stringify(bundle)
}

// Paths into the parsed bundle, loosely typed on purpose: these files are not what the types say.
const rec = (b: Json, i: number) => (b.records as Json[])[i] as Json
const ver = (b: Json, i: number) => (rec(b, i).versions as Json[])[0] as Json
const data = (b: Json, i: number) => ver(b, i).data as Json
const note = (b: Json, i: number) => (data(b, i).notes as Json[])[0] as Json

/** A key set as an own property, as JSON.parse makes it, not through the __proto__ setter. */
function own(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

/** 10,000 nested arrays as JSON text: JSON.parse reads it, JSON.stringify overflows on it. */
const DEEP = `${'['.repeat(10_000)}${']'.repeat(10_000)}`

/** The valid file edited as text, for values JSON.stringify cannot write; digest recomputed. */
async function edited(edit: (text: string) => string): Promise<string> {
  const text = edit(base)
  const digest = await digestOf(JSON.parse(text).records)
  return text.replace(/"digest":"[^"]*"/, `"digest":"${digest}"`)
}

/** Replace exactly one occurrence, so a case cannot silently stop testing anything. */
function once(text: string, find: string, replacement: string): string {
  const at = text.indexOf(find)
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`"${find}" is not unique`)
  return text.slice(0, at) + replacement + text.slice(at + find.length)
}

/** What must hold of the records once imported: the decoder's output, or the database's rows. */
export type StoredCheck = (records: readonly StoredLike[]) => void

export type Expected =
  | { code: ErrorCode; path?: string }
  | { accept: (decoded: DecodedBundle) => void; stored?: StoredCheck }

/** The visit's record and first note as stored, loosely typed: what matters is what is there. */
function storedVisit(records: readonly StoredLike[]) {
  const record = records.find((r) => r.id === VISIT)
  const version = record?.versions[0] as unknown as Json | undefined
  const data = version?.data as Json | undefined
  const note = (data?.notes as Json[] | undefined)?.[0]
  if (!record || !version || !data || !note) throw new Error('the visit did not land')
  return { record, version, clock: version.clock as Json, data, note }
}

const ALL_RECORDS: StoredCheck = (records) => expect(records).toHaveLength(7)
export type Case = [string, () => string | Promise<string>, Expected]

export const cases: Case[] = [
  // The file itself
  ['an empty file', () => '', { code: 'bundle/empty' }],
  ['whitespace only', () => ' \n\t\r\n ', { code: 'bundle/empty' }],
  ['a byte order mark and nothing else', () => '\uFEFF', { code: 'bundle/empty' }],
  [
    'a file saved with a UTF-8 byte order mark',
    () => `\uFEFF${base}`,
    { accept: (b) => expect(b.records).toHaveLength(7), stored: ALL_RECORDS },
  ],
  [
    'JSON cut short on the way',
    () => base.slice(0, Math.floor(base.length / 2)),
    {
      code: 'bundle/not-json',
    },
  ],
  ['not JSON at all', () => '<html><body>Sign in</body></html>', { code: 'bundle/not-json' }],
  ['JSON null', () => 'null', { code: 'bundle/not-a-bundle' }],
  ['a JSON array at the top', () => `[${base}]`, { code: 'bundle/not-a-bundle' }],
  ['a JSON string at the top', () => '"review-day.bundle"', { code: 'bundle/not-a-bundle' }],
  [
    '10,000 nested arrays as the whole file',
    () => DEEP,
    {
      code: 'bundle/not-a-bundle',
    },
  ],

  // Format and version
  [
    'another format',
    () => mutated((b) => (b.format = 'review-day.backup')),
    {
      code: 'bundle/not-a-bundle',
    },
  ],
  ['no format at all', () => mutated((b) => delete b.format), { code: 'bundle/not-a-bundle' }],
  [
    'a sealed envelope',
    () =>
      JSON.stringify({
        format: 'review-day.sealed',
        version: 1,
        kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000, salt: 'AAAA' },
        cipher: { name: 'AES-GCM', iv: 'AAAA' },
        data: 'AAAA',
      }),
    { code: 'bundle/sealed' },
  ],
  [
    'a newer version of the format',
    () => mutated((b) => (b.version = 3)),
    {
      code: 'bundle/newer-version',
    },
  ],
  ['version as a string', () => mutated((b) => (b.version = '1')), { code: 'bundle/not-a-bundle' }],
  ['version zero', () => mutated((b) => (b.version = 0)), { code: 'bundle/not-a-bundle' }],
  [
    'a fractional version',
    () => mutated((b) => (b.version = 1.5)),
    {
      code: 'bundle/not-a-bundle',
    },
  ],

  // Digest
  [
    'one character of a note changed after export',
    () => mutated((b) => (note(b, VISIT_AT).text = 'Pupils plan aloud in pairs!'), false),
    { code: 'bundle/digest-mismatch' },
  ],
  [
    'the digest of another file',
    () => mutated((b) => (b.digest = `sha256-${'A'.repeat(43)}=`), false),
    {
      code: 'bundle/digest-mismatch',
    },
  ],
  [
    'no digest',
    () => mutated((b) => delete b.digest, false),
    {
      code: 'bundle/invalid',
      path: 'digest',
    },
  ],

  // Identity and structure
  [
    'the same record twice',
    () => mutated((b) => (b.records as Json[]).push(rec(b, VISIT_AT))),
    { code: 'bundle/duplicate-record' },
  ],
  [
    'a record of a review the bundle does not list',
    () => mutated((b) => (rec(b, VISIT_AT).reviewId = uuid(42))),
    {
      code: 'bundle/review-not-listed',
    },
  ],
  [
    'a review record filed under another review',
    () =>
      mutated((b) => {
        b.reviews = [REVIEW, uuid(42)]
        rec(b, 0).reviewId = uuid(42)
      }),
    { code: 'bundle/invalid', path: 'records[0].reviewId' },
  ],
  [
    'a review id that is not a UUID',
    () => mutated((b) => (b.reviews = ['review-1'])),
    {
      code: 'bundle/invalid',
      path: 'reviews[0]',
    },
  ],
  [
    'no reviews listed',
    () => mutated((b) => (b.reviews = [])),
    {
      code: 'bundle/invalid',
      path: 'reviews',
    },
  ],
  [
    'records that are not a list',
    () => mutated((b) => (b.records = { 0: rec(b, 0) }), false),
    {
      code: 'bundle/invalid',
      path: 'records',
    },
  ],
  [
    'a record with no versions',
    () => mutated((b) => (rec(b, VISIT_AT).versions = [])),
    {
      code: 'bundle/invalid',
      path: `records[${VISIT_AT}].versions`,
    },
  ],
  [
    'a kind this app does not know',
    () => mutated((b) => (rec(b, VISIT_AT).kind = 'lesson-plan')),
    {
      code: 'bundle/invalid',
      path: `records[${VISIT_AT}].kind`,
    },
  ],
  [
    // Version 2 kinds in a file that says version 1: no copy of Review Day writes that.
    'a version 1 file holding an action',
    () =>
      mutated((b) => {
        const action = rec(b, VISIT_AT)
        action.kind = 'action'
        ver(b, VISIT_AT).data = {
          priorityId: crypto.randomUUID(),
          what: 'Pupils plan aloud',
          lead: 'Head of English',
          startDate: '',
          reviewDate: '',
          successCriteria: '',
          research: { text: '', reference: '' },
          support: [],
        }
      }),
    { code: 'bundle/invalid', path: `records[${VISIT_AT}].kind` },
  ],
  [
    'data of another kind under a kind',
    () => mutated((b) => (rec(b, CONVERSATION_AT).kind = 'visit')),
    { code: 'bundle/invalid', path: `records[${CONVERSATION_AT}].versions[0].data.activity` },
  ],

  // Clocks and times
  ...[
    ['a negative clock counter', -1],
    ['a zero clock counter', 0],
    ['a fractional clock counter', 1.5],
    ['a clock counter beyond safe integers', 2 ** 53],
    ['a clock counter above the ceiling of 2^31 − 1', 2 ** 31],
    ['"NaN" as a clock counter', 'NaN'],
    ['"Infinity" as a clock counter', 'Infinity'],
  ].map(
    ([name, counter]): Case => [
      String(name),
      () =>
        mutated((b) => {
          const clock = ver(b, VISIT_AT).clock as Json
          for (const device of Object.keys(clock)) clock[device] = counter
        }),
      { code: 'bundle/invalid' },
    ],
  ),
  [
    'a version with more devices in its clock than the cap',
    () =>
      mutated((b) => {
        const clock = ver(b, VISIT_AT).clock as Json
        for (let i = 0; i < MAX_CLOCK_ENTRIES; i++) clock[uuid(0x100000 + i)] = 1
      }),
    { code: 'bundle/too-many-devices' },
  ],
  [
    'a record with more concurrent versions than the cap',
    () =>
      mutated((b) => {
        const first = ver(b, VISIT_AT)
        rec(b, VISIT_AT).versions = Array.from({ length: MAX_VERSIONS + 1 }, (_, i) => {
          const by = uuid(0x200000 + i)
          return { ...first, by, clock: { [by]: 1 } }
        })
      }),
    { code: 'bundle/too-many-versions' },
  ],
  [
    'as many concurrent versions as the cap allows',
    () =>
      mutated((b) => {
        const first = ver(b, VISIT_AT)
        rec(b, VISIT_AT).versions = Array.from({ length: MAX_VERSIONS }, (_, i) => {
          const by = uuid(0x200000 + i)
          return { ...first, by, clock: { [by]: 1 } }
        })
      }),
    {
      accept: (b) => expect(b.records[VISIT_AT]?.versions).toHaveLength(MAX_VERSIONS),
      stored: (records) =>
        expect(records.find((r) => r.id === VISIT)?.versions).toHaveLength(MAX_VERSIONS),
    },
  ],

  // Ids are lower case (the README's "Bundle format"): one thing, one id
  [
    'a record id in upper case',
    () => mutated((b) => (rec(b, VISIT_AT).id = `ABCDEF${VISIT.slice(6)}`)),
    { code: 'bundle/invalid', path: `records[${VISIT_AT}].id` },
  ],
  [
    'a device id in upper case in a clock',
    () =>
      mutated((b) => {
        const v = ver(b, VISIT_AT)
        const clock = v.clock as Json
        const [device] = Object.keys(clock) as [string]
        v.clock = { [device.toUpperCase()]: clock[device] }
        v.by = device.toUpperCase()
      }),
    { code: 'bundle/invalid' },
  ],
  [
    'the bundle id in upper case',
    () => mutated((b) => (b.id = String(b.id).toUpperCase())),
    { code: 'bundle/invalid', path: 'id' },
  ],

  // Two keys of one name: JSON.parse keeps the last, a reader sees the first
  [
    'two records keys, the digest over the last',
    () => once(base, '{"format"', '{"records":[],"format"'),
    { code: 'bundle/duplicate-key' },
  ],
  [
    'two digest keys',
    () => once(base, '{"format"', `{"digest":"sha256-${'A'.repeat(43)}=","format"`),
    { code: 'bundle/duplicate-key' },
  ],
  [
    'a records key spelt with an escape, the digest over the last',
    () => once(base, '{"format"', '{"rec\\u006frds":[],"format"'),
    { code: 'bundle/duplicate-key' },
  ],
  [
    'a counter written as 1e400, which JSON reads as Infinity',
    () => edited((text) => text.replace(/("clock":\{"[^"]+":)\d+/, (_, key) => `${key}1e400`)),
    { code: 'bundle/invalid', path: `records[0].versions[0].clock["${uuid(0xa)}"]` },
  ],
  [
    'a version whose author has no entry in its clock',
    () => mutated((b) => (ver(b, VISIT_AT).by = uuid(0xfff))),
    { code: 'bundle/invalid', path: `records[${VISIT_AT}].versions[0].clock` },
  ],
  [
    'a clock keyed by something that is not a device id',
    () => mutated((b) => own(ver(b, VISIT_AT).clock as Json, 'constructor', 1)),
    { code: 'bundle/invalid', path: `records[${VISIT_AT}].versions[0].clock.constructor` },
  ],
  [
    'times in the future (a phone with its clock wrong)',
    () =>
      mutated((b) => {
        b.createdAt = '2099-01-01T00:00:00.000Z'
        ver(b, VISIT_AT).at = '2099-01-01T08:00:00+01:00'
        note(b, VISIT_AT).at = '2099-01-01T07:00:00.000Z'
      }),
    {
      accept: (b) => expect(b.createdAt).toBe('2099-01-01T00:00:00.000Z'),
      stored: (records) => {
        const { version, note } = storedVisit(records)
        expect(version.at).toBe('2099-01-01T08:00:00+01:00')
        expect(note.at).toBe('2099-01-01T07:00:00.000Z')
      },
    },
  ],
  [
    'a time without an offset',
    () => mutated((b) => (ver(b, VISIT_AT).at = '2026-11-22T09:00:00')),
    {
      code: 'bundle/invalid',
      path: `records[${VISIT_AT}].versions[0].at`,
    },
  ],
  [
    '"NaN" as a group size',
    () => mutated((b) => (data(b, CONVERSATION_AT).size = 'NaN')),
    {
      code: 'bundle/invalid',
      path: `records[${CONVERSATION_AT}].versions[0].data.size`,
    },
  ],
  [
    '"Infinity" as a group size',
    () => mutated((b) => (data(b, CONVERSATION_AT).size = 'Infinity')),
    {
      code: 'bundle/invalid',
      path: `records[${CONVERSATION_AT}].versions[0].data.size`,
    },
  ],

  // Text
  [
    'a 5 MB note',
    () => mutated((b) => (note(b, VISIT_AT).text = 'x'.repeat(5_000_000))),
    { code: 'bundle/invalid', path: `records[${VISIT_AT}].versions[0].data.notes[0].text` },
  ],
  [
    'a note of exactly the longest text kept',
    () => mutated((b) => (note(b, VISIT_AT).text = 'x'.repeat(MAX_TEXT))),
    {
      accept: (b) => expect(JSON.stringify(b)).toContain('x'.repeat(MAX_TEXT)),
      stored: (records) => expect(storedVisit(records).note.text).toBe('x'.repeat(MAX_TEXT)),
    },
  ],
  [
    'markup in a note',
    () => mutated((b) => (note(b, VISIT_AT).text = '<img src=x onerror=alert(1)>')),
    {
      accept: (b) => {
        const visit = b.records[VISIT_AT]
        if (visit?.kind !== 'visit') throw new Error('not a visit')
        expect(visit.versions[0]?.data.notes[0]?.text).toBe('<img src=x onerror=alert(1)>')
      },
      // Kept verbatim, as a string: it is escaped when shown, never stripped or parsed.
      stored: (records) =>
        expect(storedVisit(records).note.text).toBe('<img src=x onerror=alert(1)>'),
    },
  ],
  [
    'a lone surrogate and control characters in a note',
    () => mutated((b) => (note(b, VISIT_AT).text = 'a\uD800b\u0000c\u202Ed')),
    {
      accept: (b) => expect(JSON.stringify(b)).toContain('a\\ud800b\\u0000c\u202Ed'),
      stored: (records) => expect(storedVisit(records).note.text).toBe('a\uD800b\u0000c\u202Ed'),
    },
  ],

  // Nesting
  [
    '10,000 nested arrays as a note (too deep to hash)',
    () => once(base, '"text":"Pupils plan aloud in pairs."', `"text":${DEEP}`),
    { code: 'bundle/invalid', path: `records[${VISIT_AT}].versions[0].data.notes[0].text` },
  ],
  [
    '10,000 nested arrays under an unknown key of a record (too deep to hash)',
    () => once(base, '{"kind":"feedback",', `{"kind":"feedback","extra":${DEEP},`),
    { code: 'bundle/invalid' },
  ],
  [
    '10,000 nested arrays under an unknown key at the top (not hashed, stripped)',
    () => once(base, '{"format":', `{"extra":${DEEP},"format":`),
    { accept: (b) => expect(b).not.toHaveProperty('extra'), stored: ALL_RECORDS },
  ],

  // Prototype pollution and unknown keys
  [
    '__proto__ keys at every level',
    () =>
      mutated((b) => {
        const payload = { polluted: 'yes' }
        own(b, '__proto__', payload)
        own(b.from as Json, '__proto__', payload)
        own(b.people as Json, '__proto__', payload)
        own(rec(b, VISIT_AT), '__proto__', payload)
        own(ver(b, VISIT_AT), '__proto__', payload)
        own(ver(b, VISIT_AT).clock as Json, '__proto__', payload)
        own(data(b, VISIT_AT), '__proto__', payload)
        own(note(b, VISIT_AT), '__proto__', payload)
      }),
    {
      accept: (b) => {
        const visit = b.records[VISIT_AT]
        for (const object of [b, b.from, b.people, visit, visit?.versions[0]?.clock]) {
          expect(Object.getPrototypeOf(object)).toBe(Object.prototype)
          expect(Object.hasOwn(object ?? {}, '__proto__')).toBe(false)
        }
        if (visit?.kind !== 'visit') throw new Error('not a visit')
        const version = visit.versions[0]
        for (const object of [version, version?.data, version?.data.notes[0]]) {
          expect(Object.getPrototypeOf(object)).toBe(Object.prototype)
          expect(Object.hasOwn(object ?? {}, '__proto__')).toBe(false)
        }
      },
      stored: (records) => {
        const { record, version, clock, data, note } = storedVisit(records)
        for (const object of [record, version, clock, data, note]) {
          expect(Object.getPrototypeOf(object)).toBe(Object.prototype)
          expect(Object.hasOwn(object, '__proto__')).toBe(false)
          expect(object).not.toHaveProperty('polluted')
        }
      },
    },
  ],
  [
    'constructor and prototype keys',
    () =>
      mutated((b) => {
        const payload = { prototype: { polluted: 'yes' } }
        own(b, 'constructor', payload)
        own(rec(b, VISIT_AT), 'constructor', payload)
        own(data(b, VISIT_AT), 'constructor', payload)
        own(note(b, VISIT_AT), 'prototype', { polluted: 'yes' })
      }),
    {
      accept: (b) => {
        expect(Object.hasOwn(b, 'constructor')).toBe(false)
        expect(Object.hasOwn(b.records[VISIT_AT] ?? {}, 'constructor')).toBe(false)
        expect(b.constructor).toBe(Object)
      },
      stored: (records) => {
        const { record, data, note } = storedVisit(records)
        expect(Object.hasOwn(record, 'constructor')).toBe(false)
        expect(Object.hasOwn(data, 'constructor')).toBe(false)
        expect(Object.hasOwn(note, 'prototype')).toBe(false)
      },
    },
  ],
  [
    'a person keyed by __proto__ (stripped, not a prototype)',
    () =>
      mutated((b) => own(b.people as Json, '__proto__', { name: 'x', school: 'y', role: 'host' })),
    { accept: (b) => expect(Object.keys(b.people)).toHaveLength(2) },
  ],
  [
    'unknown keys everywhere',
    () =>
      mutated((b) => {
        b.extra = 'top'
        ;(b.from as Json).email = 'someone@example.org'
        rec(b, VISIT_AT).extra = 'record'
        ver(b, VISIT_AT).extra = 'version'
        data(b, VISIT_AT).pupilName = 'should never be kept'
        note(b, VISIT_AT).extra = 'note'
      }),
    {
      accept: (b) => {
        const text = JSON.stringify(b)
        for (const word of ['extra', 'email', 'pupilName', 'should never be kept']) {
          expect(text).not.toContain(word)
        }
      },
      stored: (records) => {
        const text = JSON.stringify(records)
        for (const word of ['extra', 'email', 'pupilName', 'should never be kept']) {
          expect(text).not.toContain(word)
        }
      },
    },
  ],
]
