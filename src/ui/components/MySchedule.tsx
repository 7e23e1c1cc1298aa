import { mySchedule } from '../../domain/schedule'
import type { Focus, Profile, Review } from '../../domain/schemas'
import { t } from '../messages'

/** The slots of the day given to the person using this device, matched by name in the team. */
export function MySchedule(props: {
  schedule: Focus['schedule']
  team: Review['team']
  profile: Profile | null | undefined
}) {
  if (props.schedule.length === 0) return null
  const { inTeam, slots } = mySchedule(props.schedule, props.team, props.profile?.name)
  return (
    <details class="card" open>
      <summary>{inTeam ? t('schedule.mine') : t('schedule.everyone')}</summary>
      {!inTeam && <p class="hint">{t('schedule.notInTeam')}</p>}
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
