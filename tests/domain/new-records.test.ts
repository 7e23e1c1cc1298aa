import { describe, expect, it } from 'vitest'
import {
  emptyFocus,
  newConversation,
  newFeedback,
  newReview,
  newVisit,
} from '../../src/domain/new-records'
import { payloadSchemas } from '../../src/domain/schemas'

const NOW = '2026-12-01T09:15:00.000Z'
const LINE = 'aaaaaaaa-0000-4000-8000-000000000001'

describe('a record as a person starts it', () => {
  it('passes its schema, so starting one never fails', () => {
    const fields = { hostSchool: 'Elm Academy', cluster: '', startDate: '', endDate: '' }
    const creator = { name: 'Ann', school: 'Oak Primary', role: 'host' as const }
    expect(payloadSchemas.review.safeParse(newReview(fields, creator)).success).toBe(true)
    expect(payloadSchemas.review.safeParse(newReview(fields, null)).success).toBe(true)
    expect(payloadSchemas.focus.safeParse(emptyFocus()).success).toBe(true)
    expect(payloadSchemas.visit.safeParse(newVisit('learning-walk', NOW)).success).toBe(true)
    expect(payloadSchemas.conversation.safeParse(newConversation('staff', NOW)).success).toBe(true)
    expect(payloadSchemas.feedback.safeParse(newFeedback('Ann', false, [LINE])).success).toBe(true)
  })

  it('a review starts in planning, with its creator as the first team member', () => {
    const review = newReview(
      { hostSchool: 'Elm Academy', cluster: 'North', startDate: '2026-12-01', endDate: '' },
      { name: 'Ann', school: 'Oak Primary', role: 'host' },
    )
    expect(review.stage).toBe('planning')
    expect(review.team).toMatchObject([{ name: 'Ann', school: 'Oak Primary', role: 'host' }])
    expect(newReview({ ...review, hostSchool: 'Elm' }, null).team).toEqual([])
  })

  it('a visit and a conversation start at the time given, with nothing else set', () => {
    expect(newVisit('lesson-visit', NOW)).toMatchObject({
      activity: 'lesson-visit',
      startedAt: NOW,
      endedAt: '',
      notes: [],
    })
    expect(newConversation('pupils', NOW)).toEqual({
      with: 'pupils',
      group: '',
      size: 0,
      at: NOW,
      notes: [],
    })
  })
})
