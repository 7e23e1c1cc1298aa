import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { median, medianInterval, pairedRatio } from './lib/stats.mjs'

/** 1 − 2 · P(Binomial(n, ½) ≤ k − 1), worked out the long way: the coverage of [k-th, (n−k+1)-th]. */
function coverageOf(n: number, k: number): number {
  let below = 0
  for (let i = 0; i < k; i++) {
    let ways = 1
    for (let j = 0; j < i; j++) ways = (ways * (n - j)) / (j + 1)
    below += ways / 2 ** n
  }
  return 1 - 2 * below
}

describe('medianInterval', () => {
  it('gives the order statistics of the textbook tables for a 95% interval', () => {
    const runs = (n: number) => Array.from({ length: n }, (_, i) => i + 1)
    // n: [k-th smallest, k-th largest], as printed in tables of the sign test's interval.
    const expected: Record<number, [number, number]> = {
      6: [1, 6],
      8: [1, 8],
      9: [2, 8],
      12: [3, 10],
      16: [4, 13],
      20: [6, 15],
      30: [10, 21],
    }
    for (const [n, [low, high]] of Object.entries(expected)) {
      const interval = medianInterval(runs(Number(n)).reverse())
      expect([interval.low, interval.high], `n = ${n}`).toEqual([low, high])
      expect(interval.coverage).toBeGreaterThanOrEqual(0.95)
      expect(interval.coverage).toBeCloseTo(coverageOf(Number(n), low), 10)
    }
  })

  it('falls back to the min–max, with its true coverage, when too few runs reach 95%', () => {
    expect(medianInterval([3, 1])).toEqual({ low: 1, high: 3, coverage: 0.5 })
    expect(medianInterval([2, 9, 4, 1, 7])).toEqual({ low: 1, high: 9, coverage: 0.9375 })
  })

  it('always holds the median, and is the narrowest pair of order statistics reaching 95%', () => {
    const values = fc.array(fc.double({ min: 0.5, max: 5, noNaN: true }), {
      minLength: 6,
      maxLength: 60,
    })
    fc.assert(
      fc.property(values, (runs) => {
        const { low, high, coverage } = medianInterval(runs)
        const n = runs.length
        const sorted = [...runs].sort((a, b) => a - b)
        expect(low).toBeLessThanOrEqual(median(runs))
        expect(high).toBeGreaterThanOrEqual(median(runs))
        // The k its coverage says, found by the long way: [k-th, (n−k+1)-th], and k + 1 too few.
        const k = Array.from({ length: Math.floor(n / 2) }, (_, i) => i + 1).find(
          (i) => Math.abs(coverageOf(n, i) - coverage) < 1e-12,
        )
        expect(k).toBeDefined()
        expect([low, high]).toEqual([sorted[(k as number) - 1], sorted[n - (k as number)]])
        expect(coverage).toBeGreaterThanOrEqual(0.95)
        if (2 * ((k as number) + 1) <= n)
          expect(coverageOf(n, (k as number) + 1)).toBeLessThan(0.95)
      }),
    )
  })
})

describe('pairedRatio', () => {
  it('is the median of the pairs’ ratios, with their spread and the median’s interval', () => {
    const r = pairedRatio([130, 150, 120, 200, 140, 130], [100, 100, 100, 100, 100, 100])
    expect(r.median).toBeCloseTo(1.35, 10)
    expect([r.min, r.max]).toEqual([1.2, 2])
    expect(r.interval).toMatchObject({ low: 1.2, high: 2 })
    expect(r.runs).toBe(6)
  })
})
