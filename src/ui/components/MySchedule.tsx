import type { Focus, Profile, Review } from '../../domain/schemas'
import { t } from '../messages'

/** The slots of the day given to the person using this device, matched by name in the team. */
export function MySchedule(props: {
  schedule: Focus['schedule']
  team: Review['team']
  profile: Profile | null | undefined
}) {
  if (props.schedule.length === 0) return null
  const me = (name: string) =>
    props.profile !== null &&
    props.profile !== undefined &&
    name.trim().toLocaleLowerCase() === props.profile.name.trim().toLocaleLowerCase()
  const mine = new Set(props.team.filter((m) => me(m.name)).map((m) => m.id))
  const slots = [...props.schedule]
    .filter((s) => mine.size === 0 || s.reviewers.some((r) => mine.has(r)))
    .sort((a, b) => (a.time < b.time ? -1 : 1))
  return (
    <details class="card" open>
      <summary>{mine.size ? t('schedule.mine') : t('schedule.everyone')}</summary>
      {mine.size === 0 && <p class="hint">{t('schedule.notInTeam')}</p>}
      {slots.length === 0 ? (
        <p class="empty">{t('schedule.nothingForYou')}</p>
      ) : (
        <ul class="schedule">
          {slots.map((s) => (
            <li key={s.id}>
              {t('schedule.line', {
                time: s.time || '—',
                activity: s.activity || '—',
                place: s.place || '—',
              })}
            </li>
          ))}
        </ul>
      )}
    </details>
  )
}
