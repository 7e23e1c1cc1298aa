// Combining keeps every text of every version, for every kind (src/domain/combine.ts), over random
// sets of concurrent versions from tests/domain/arbitraries.ts: a kind added there is covered here.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { combineVersions } from '../../src/domain/combine'
import type { Version } from '../../src/domain/merge'
import { payloadSchemas } from '../../src/domain/schemas'
import { concurrentVersionsArb, isGeneratedText, KINDS } from './arbitraries'

/** Every string anywhere in a payload. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) strings(v, out)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out)
  return out
}

const from = (v: Version) => `[${v.by.slice(-1)} ${v.at}]`

describe.each(KINDS)('combining concurrent versions of a %s', (kind) => {
  it('keeps every non-empty text of every version, and the result passes the schema', () => {
    fc.assert(
      fc.property(concurrentVersionsArb(kind), (versions) => {
        const out = combineVersions(kind, versions, from)
        if (!out.ok) throw new Error(`not combined: ${JSON.stringify(out.tooLong)}`)
        expect(payloadSchemas[kind].safeParse(out.data).success).toBe(true)
        const kept = strings(out.data)
        for (const v of versions) {
          for (const text of strings(v.data).filter(isGeneratedText)) {
            if (!text.trim()) continue
            expect(
              kept.some((k) => k.includes(text.trim())),
              `"${text}" of ${v.by} kept`,
            ).toBe(true)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same result whatever order the versions come in, on every device', () => {
    fc.assert(
      fc.property(
        concurrentVersionsArb(kind).chain((vs) =>
          fc.tuple(fc.constant(vs), fc.shuffledSubarray(vs, { minLength: vs.length })),
        ),
        ([versions, shuffled]) => {
          expect(combineVersions(kind, shuffled, from)).toEqual(
            combineVersions(kind, versions, from),
          )
        },
      ),
      { numRuns: 200 },
    )
  })
})
