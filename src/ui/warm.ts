// Screens loaded ahead of their first opening. ui/routes.tsx (part of the first screen) registers
// the screens a reviewer moves between inside a review; ReviewLayout warms them once one of them is
// drawn. Through this small module rather than by importing routes.tsx from ReviewLayout's chunk,
// which made the bundler split more of the first screen's modules into shared chunks (0.5 KB more
// to load, gzipped).

const warmers: (() => Promise<unknown>)[] = []

/** Registers screens to warm: each function loads one (a lazy route's `warm`). */
export function warmLater(...more: (() => Promise<unknown>)[]): void {
  warmers.push(...more)
}

/** Loads every registered screen; a failed load is asked for again when the screen opens. */
export function warmReviewScreens(): void {
  for (const warm of warmers) warm().catch(() => {})
}
