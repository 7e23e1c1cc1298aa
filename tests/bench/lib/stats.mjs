// Small statistics for the benchmark: every figure is a median of several runs.

/** The median of numbers (the mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

/** The smallest and largest of numbers, to print beside a median so noise can be told apart. */
export function spread(values) {
  if (values.length === 0) return { min: Number.NaN, max: Number.NaN }
  return { min: Math.min(...values), max: Math.max(...values) }
}

/**
 * Where the true median lies, from the runs alone (no assumption about how their times are
 * distributed): the k-th smallest and k-th largest run, for the largest k whose interval holds the
 * median with at least `confidence`. Each run falls below the median with chance ½, so the count
 * below it is Binomial(n, ½), and [k-th, (n−k+1)-th] misses the median only when k or more runs
 * fall on one side: coverage = 1 − 2 · P(Binomial(n, ½) ≤ k − 1). Up to 8 runs no k above 1
 * reaches 95%, so the interval is the runs' min–max; with 20 it is the 6th to the 15th.
 */
export function medianInterval(values, confidence = 0.95) {
  const n = values.length
  if (n === 0) return { low: Number.NaN, high: Number.NaN, coverage: 0 }
  const sorted = [...values].sort((a, b) => a - b)
  // term is P(B = i) for B ~ Binomial(n, ½); below sums them: P(B ≤ i), at most i runs below.
  let term = 0.5 ** n
  let below = 0
  let k = 0
  let coverage = 0
  for (let i = 0; 2 * (i + 1) <= n; i++) {
    below += term
    const candidate = 1 - 2 * below
    if (candidate < confidence) break
    k = i + 1
    coverage = candidate
    term = (term * (n - i)) / (i + 1)
  }
  if (k === 0) return { low: sorted[0], high: sorted[n - 1], coverage: 1 - 2 * 0.5 ** n }
  return { low: sorted[k - 1], high: sorted[n - k], coverage }
}

/**
 * Paired runs: each run timed a figure and its baseline a moment apart in the same browser, so
 * each pair's ratio moves less with the machine's load than a ratio of two medians. The figure is
 * the median of the pairs' ratios; min and max show how far single runs strayed, and `interval`
 * where the median itself lies (medianInterval).
 */
export function pairedRatio(measured, baseline) {
  const ratios = measured.map((t, i) => t / baseline[i])
  return {
    median: median(ratios),
    ...spread(ratios),
    interval: medianInterval(ratios),
    runs: ratios.length,
    ratios,
  }
}
