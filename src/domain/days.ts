// Calendar days as the app stores them, yyyy-mm-dd: a person's own day, and counting days on
// from one without passing through time zones.

const pad = (n: number) => String(n).padStart(2, '0')

/** The person's own calendar day of a moment, yyyy-mm-dd. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The day `days` after a yyyy-mm-dd day (before it when negative). */
export function addDays(day: string, days: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number)
  const next = new Date(Date.UTC(y, m - 1, d + days))
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`
}

/** The same local time of an ISO moment on another local day (yyyy-mm-dd); unchanged if invalid. */
export function onLocalDay(iso: string, day: string): string {
  const d = new Date(iso)
  const [y, m, dd] = day.split('-').map(Number)
  if (Number.isNaN(d.getTime()) || !y || !m || !dd) return iso
  d.setFullYear(y, m - 1, dd)
  return d.toISOString()
}
