// The day's schedule as one reviewer sees it: the slots given to them, matched by name in the team.
import type { Focus, Review } from './schemas'

/**
 * The slots of the person called `name` (matched in the team without regard to case or spaces),
 * by time; while they are not in the team, every slot. `inTeam` says which it is.
 */
export function mySchedule(
  schedule: Focus['schedule'],
  team: Review['team'],
  name: string | undefined,
): { inTeam: boolean; slots: Focus['schedule'] } {
  const me = (member: string) =>
    name !== undefined && member.trim().toLocaleLowerCase() === name.trim().toLocaleLowerCase()
  const mine = new Set(team.filter((m) => me(m.name)).map((m) => m.id))
  const slots = [...schedule]
    .filter((s) => mine.size === 0 || s.reviewers.some((r) => mine.has(r)))
    .sort((a, b) => (a.time < b.time ? -1 : 1))
  return { inTeam: mine.size > 0, slots }
}
