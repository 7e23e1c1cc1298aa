// The fast path through the bundle schema (src/domain/bundle-fast.ts) against zod itself: for
// valid records of every kind and for the same records broken in every way a mutation can reach
// (a value replaced, a key removed or added, an id upper-cased, a clock entry out of range), the
// fast path accepts exactly what zod accepts, with the same output, and refuses the rest; and
// decodeBundle, which asks zod whenever the fast path does not say yes, refuses each broken file
// with the same error and the same paths as zod's own reading of it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { decodeBundle, encodeBundle, readablePath } from '../../src/domain/bundle'
import { fastRecords } from '../../src/domain/bundle-fast'
import { bundleRecord } from '../../src/domain/bundle-schema'
import { digestOf } from '../../src/domain/digest'
import { isReviewDayError } from '../../src/domain/errors'
import type { Kind } from '../../src/domain/schemas'
import { concurrentVersionsArb, ID_POOL, KINDS, payloadArb } from './arbitraries'
import { sampleInput } from './bundle-fixtures'

const records = z.array(bundleRecord)
const REVIEW = ID_POOL[0]

const recordArb = fc.constantFrom(...KINDS).chain((kind: Kind) =>
  fc.record({
    kind: fc.constant(kind),
    id: fc.constantFrom(...ID_POOL),
    reviewId: fc.constant(REVIEW),
    versions: fc.oneof(
      concurrentVersionsArb(kind),
      payloadArb[kind].map((data) => [
        {
          clock: { 'eeeeeeee-0000-4000-8000-000000000001': 3 },
          at: '2026-12-01T09:00:00.000Z',
          by: 'eeeeeeee-0000-4000-8000-000000000001',
          deleted: false,
          data,
        },
      ]),
    ),
  }),
)

/** Replacements that come near a rule: ids in the wrong case, counts at and past the ceiling. */
const nearMiss = fc.constantFrom<unknown>(
  null,
  true,
  0,
  1,
  -1,
  1.5,
  2 ** 31 - 1,
  2 ** 31,
  '',
  'x',
  '2026-12-01',
  '2026-12-01T09:00:00.000Z',
  '2026-12-01T09:00:00',
  'EEEEEEEE-0000-4000-8000-000000000001',
  'eeeeeeee-0000-4000-8000-000000000001',
  'review',
  'visit',
  'nope',
  [],
  {},
  { 'eeeeeeee-0000-4000-8000-000000000001': 1 },
)

type Path = (string | number)[]

/** Every path into a JSON value, the value's own first. */
function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at]
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...at, i]))
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]))
  }
  return out
}

type Mutation = { pick: number; how: 'set' | 'delete' | 'add-key' | 'upper-key'; value: unknown }
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  how: fc.constantFrom('set', 'delete', 'add-key', 'upper-key'),
  value: fc.oneof(nearMiss, fc.jsonValue({ maxDepth: 2 })),
})

/** The JSON value with one change at one of its paths. */
function mutate(value: unknown, m: Mutation): unknown {
  const copy = structuredClone(value)
  const all = paths(copy).slice(1)
  const path = all[m.pick % Math.max(1, all.length)]
  if (!path) return m.value
  const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as never)[k], copy) as Record<
    string | number,
    unknown
  >
  const key = path.at(-1) as string | number
  if (m.how === 'set') parent[key] = m.value
  else if (m.how === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else delete parent[key]
  } else {
    const target = parent[key]
    if (target === null || typeof target !== 'object' || Array.isArray(target)) {
      parent[key] = m.value
    } else if (m.how === 'add-key') (target as Record<string, unknown>).extra = m.value
    else {
      const [first] = Object.keys(target)
      if (first !== undefined) {
        const t = target as Record<string, unknown>
        t[first.toUpperCase()] = t[first]
        if (first.toUpperCase() !== first) delete t[first]
      }
    }
  }
  return copy
}

/** As JSON.parse would hand it over: the fast path reads parsed text, never other objects. */
const asParsed = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

function sameAnswer(input: unknown): void {
  const fast = fastRecords(input)
  const slow = records.safeParse(input)
  expect(fast !== undefined).toBe(slow.success)
  if (fast) expect(fast).toStrictEqual(slow.data)
}

describe('the fast path through the bundle schema', () => {
  it('accepts valid records of every kind, with the output zod gives', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 4 }), (list) => {
        const input = asParsed(list)
        expect(fastRecords(input)).toBeDefined()
        sameAnswer(input)
      }),
      { numRuns: 300 },
    )
  }, 60_000)

  it('says yes exactly when zod does, for records broken anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { minLength: 1, maxLength: 3 }),
        fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
        (list, mutations) => {
          const input = asParsed(mutations.reduce<unknown>(mutate, list))
          sameAnswer(input)
        },
      ),
      { numRuns: 1_500 },
    )
  }, 120_000)

  it('leaves decodeBundle refusing a broken file with the code and paths zod names', async () => {
    const good = JSON.parse((await encodeBundle(sampleInput())).text) as Record<string, unknown>
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 2 }), async (ms) => {
        const bundle: Record<string, unknown> = {
          ...good,
          records: ms.reduce<unknown>(mutate, good.records),
        }
        bundle.digest = await digestOf(bundle.records)
        const zodSays = records.safeParse(bundle.records)
        let decoded: Awaited<ReturnType<typeof decodeBundle>> | undefined
        let refusal: { code: string; paths?: string[] } | undefined
        try {
          decoded = await decodeBundle(JSON.stringify(bundle))
        } catch (error) {
          if (!isReviewDayError(error)) throw error
          refusal = { code: error.code, paths: (error.details as { paths?: string[] })?.paths }
        }
        if (zodSays.success) {
          // Accepted with zod's output, or refused by a rule across records, never by shape.
          if (decoded) expect(decoded.records).toStrictEqual(zodSays.data)
          return
        }
        // What zod names first, as decodeBundle writes it (the records are the only change).
        const named = [
          ...new Set(zodSays.error.issues.map((i) => readablePath(['records', ...i.path]))),
        ].slice(0, 3)
        expect(refusal).toEqual({ code: 'bundle/invalid', paths: named })
      }),
      { numRuns: 300 },
    )
  }, 120_000)
})
