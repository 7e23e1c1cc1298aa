import { describe, expect, it } from 'vitest'
import { compareClocks, joinClocks, maxCounter } from '../../src/domain/version-vector'

describe('version vectors', () => {
  // [a, b, how a stands to b]
  const cases: [Record<string, number>, Record<string, number>, string][] = [
    [{}, {}, 'equal'],
    [{ A: 1, B: 2 }, { B: 2, A: 1 }, 'equal'],
    [{ A: 1 }, { A: 2 }, 'before'],
    [{ A: 1 }, { A: 1, B: 1 }, 'before'],
    [{ A: 2, B: 1 }, { A: 1 }, 'after'],
    [{ A: 2 }, { B: 1 }, 'concurrent'],
    [{ A: 2, B: 1 }, { A: 1, B: 2 }, 'concurrent'],
  ]
  it.each(cases)('%o against %o is %s', (a, b, order) => {
    expect(compareClocks(a, b)).toBe(order)
  })

  it('reads only a clock’s own entries, never names inherited from Object', () => {
    expect(compareClocks({ constructor: 1 }, {})).toBe('after')
    expect(compareClocks({}, { toString: 2 })).toBe('before')
    expect(joinClocks({ constructor: 3 }, { A: 1 })).toEqual({ constructor: 3, A: 1 })
  })

  it('joins pointwise and finds the largest counter', () => {
    expect(joinClocks({ A: 3, B: 1 }, { B: 4, C: 2 })).toEqual({ A: 3, B: 4, C: 2 })
    expect(maxCounter({ A: 3, B: 7 })).toBe(7)
    expect(maxCounter({})).toBe(0)
  })
})
