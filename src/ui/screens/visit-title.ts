import type { Visit } from '../../domain/schemas'
import { formatTime, t } from '../messages'

/** "Year 5 · Maths · 5B", or the time it started while nothing is set. */
export function visitTitle(v: Visit): string {
  const parts = [v.yearGroup, v.subject, v.group].map((p) => p.trim()).filter(Boolean)
  return parts.length ? parts.join(' · ') : t('visits.unnamed', { time: formatTime(v.startedAt) })
}
