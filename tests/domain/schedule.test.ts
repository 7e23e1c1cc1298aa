import { expect, it } from 'vitest'
import { mySchedule } from '../../src/domain/schedule'

const ANN = 'eeeeeeee-0000-4000-8000-000000000001'
const BEN = 'eeeeeeee-0000-4000-8000-000000000002'
const team = [
  { id: ANN, name: ' Ann Reviewer ', school: 'Oak', role: 'reviewer' as const },
  { id: BEN, name: 'Ben Lead', school: 'Ash', role: 'lead-reviewer' as const },
]
const slot = (id: string, time: string, reviewers: string[]) => ({
  id,
  time,
  activity: 'Visit',
  place: '',
  reviewers,
})
const schedule = [
  slot('s2', '10:30', [ANN, BEN]),
  slot('s1', '09:00', [ANN]),
  slot('s3', '11:00', [BEN]),
]

it('gives a reviewer their own slots by time, matching their name in the team loosely', () => {
  const { inTeam, slots } = mySchedule(schedule, team, 'ann reviewer')
  expect(inTeam).toBe(true)
  expect(slots.map((s) => s.id)).toEqual(['s1', 's2'])
})

it('shows everyone’s slots to someone not in the team, or without a profile', () => {
  expect(mySchedule(schedule, team, 'Cai').inTeam).toBe(false)
  expect(mySchedule(schedule, team, 'Cai').slots.map((s) => s.id)).toEqual(['s1', 's2', 's3'])
  expect(mySchedule(schedule, team, undefined).slots).toHaveLength(3)
})
