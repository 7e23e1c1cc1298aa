// Types for stats.mjs, for the unit tests that import it (tests/bench/stats.test.ts).
export function median(values: readonly number[]): number
export function percentile(values: readonly number[], p: number): number
export function round(n: number, digits?: number): number
export function spread(values: readonly number[]): { min: number; max: number }
export function medianInterval(
  values: readonly number[],
  confidence?: number,
): { low: number; high: number; coverage: number }
export function pairedRatio(
  measured: readonly number[],
  baseline: readonly number[],
): {
  median: number
  min: number
  max: number
  interval: { low: number; high: number; coverage: number }
  runs: number
  ratios: number[]
}
