// Edits and choices made on what a screen showed (editSeen, resolveSeen): they supersede what the
// person saw and nothing else, so a version that arrived while they typed or chose — an import in
// another tab — is never dropped unseen; it stays beside theirs as a conflict.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ConflictError,
  editSeen,
  localEdit,
  resolve,
  resolveSeen,
  type Version,
} from '../../src/domain/merge'
import type { Clock } from '../../src/domain/schemas'
import { compareClocks, maxCounter } from '../../src/domain/version-vector'
import { keys, type Note, t, v } from './notation'
import { clockArb, versionArb } from './version-arbitraries'

/** B, editing: a number larger than any B has put in these clocks, as its counter guarantees. */
const authorOver = (...clocks: Clock[]) => ({
  deviceId: 'B',
  fresh: Math.max(0, ...clocks.map(maxCounter)) + 1,
  at: t(9),
})
const texts = (versions: readonly Version<Note>[]) => versions.map((x) => x.data.text).sort()

describe('editSeen', () => {
  it('is localEdit when the stored version is the one the screen showed', () => {
    fc.assert(
      fc.property(versionArb, (stored) => {
        const by = authorOver(stored.clock)
        const mine = { text: 'mine' }
        expect(keys(editSeen([stored], stored.clock, mine, by))).toEqual(
          keys(localEdit([stored], mine, by)),
        )
      }),
      { numRuns: 500 },
    )
  })

  it('keeps the stored version exactly when the edit did not see all of it', () => {
    fc.assert(
      fc.property(versionArb, clockArb, (stored, seen) => {
        const by = authorOver(stored.clock, seen)
        const out = editSeen([stored], seen, { text: 'mine' }, by)
        const edit = out.find((x) => x.by === 'B' && x.data.text === 'mine' && !x.deleted)
        expect(edit?.clock).toEqual({ ...seen, B: by.fresh })
        const superseded = ['before', 'equal'].includes(
          compareClocks(stored.clock, edit?.clock ?? {}),
        )
        expect(out).toHaveLength(superseded ? 1 : 2)
        if (!superseded) expect(out).toContainEqual(stored)
      }),
      { numRuns: 1000 },
    )
  })

  it('an import that came while B typed stays beside B’s words, a conflict, not overwritten', () => {
    const shown = v('A:1,B:1 =shown')
    // A edited what B was shown, and B's other tab imported it while B typed.
    const imported = v('A:2,B:1 =A-added-a-note by:A')
    const out = editSeen([imported], shown.clock, { text: 'B typed' }, authorOver(imported.clock))
    expect(texts(out)).toEqual(['A-added-a-note', 'B typed'])
  })

  it('refuses a record stored in conflict, as localEdit does', () => {
    const stored = [v('A:1 =a'), v('B:1 =b')]
    expect(() => editSeen(stored, { A: 1 }, { text: 'x' }, authorOver({ B: 1 }))).toThrow(
      ConflictError,
    )
  })
})

describe('resolveSeen', () => {
  it('is resolve when the stored versions are the ones the screen showed', () => {
    fc.assert(
      fc.property(fc.array(versionArb, { minLength: 1, maxLength: 4 }), (stored) => {
        const by = authorOver(...stored.map((x) => x.clock))
        const choice = { data: { text: 'chosen' } }
        const seen = stored.map((x) => x.clock)
        expect(keys(resolveSeen(stored, seen, choice, by))).toEqual(
          keys(resolve(stored, choice, by)),
        )
      }),
      { numRuns: 500 },
    )
  })

  it('leaves a version that came after the screen was drawn, still in conflict', () => {
    const a = v('A:1 =fromA')
    const b = v('B:1 =fromB')
    const c = v('C:1 =fromC-imported-since')
    const out = resolveSeen(
      [a, b, c],
      [a.clock, b.clock],
      { data: { text: 'fromB' } },
      authorOver(b.clock),
    )
    expect(texts(out)).toEqual(['fromB', 'fromC-imported-since'])
    expect(out.find((x) => x.data.text === 'fromC-imported-since')).toEqual(c)
  })
})
