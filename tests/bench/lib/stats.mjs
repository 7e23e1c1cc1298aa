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
 * Paired runs: each run timed a figure and its baseline a moment apart in the same browser, so
 * each pair's ratio moves less with the machine's load than a ratio of two medians. The figure is
 * the median of the pairs' ratios; min and max show how far single runs strayed.
 */
export function pairedRatio(measured, baseline) {
  const ratios = measured.map((t, i) => t / baseline[i])
  return { median: median(ratios), ...spread(ratios), runs: ratios.length, ratios }
}
