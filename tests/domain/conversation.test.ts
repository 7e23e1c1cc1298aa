import { describe, expect, it } from 'vitest'
import {
  answerPrompt,
  atWallClock,
  freeNotes,
  groupSize,
  promptCards,
  responseTo,
  wallClock,
} from '../../src/domain/conversation'
import { MAX_GROUP_SIZE, payloadSchemas } from '../../src/domain/schemas'

const A = 'aaaaaaaa-0000-4000-8000-000000000001'
const B = 'aaaaaaaa-0000-4000-8000-000000000002'
const N1 = 'bbbbbbbb-0000-4000-8000-000000000001'
const N2 = 'bbbbbbbb-0000-4000-8000-000000000002'
const lineA = { id: A, title: 'Talk', prompts: ['  What helps you explain? ', '', '   '] }
const lineB = { id: B, title: 'Feedback', prompts: ['How do you improve?'] }

describe('prompt cards', () => {
  it('are every prompt of the focus, trimmed, blank ones left out, in order', () => {
    expect(promptCards([lineA, lineB])).toEqual([
      { line: lineA, prompt: 'What helps you explain?' },
      { line: lineB, prompt: 'How do you improve?' },
    ])
  })

  it('an answer is one note tagged to its line, written in place as it changes', () => {
    const card = { lineId: B, prompt: 'How do you improve?' }
    const first = answerPrompt([], card, 'We read', () => N1)
    expect(first).toEqual([{ id: N1, prompt: card.prompt, text: 'We read', lines: [B] }])
    const again = answerPrompt(first, card, 'We read the margin', () => N2)
    expect(again).toEqual([{ ...first[0], text: 'We read the margin' }])
    // The same prompt under another line is another card with its own answer.
    expect(responseTo(again, A, card.prompt)).toBeUndefined()
    expect(responseTo(again, B, card.prompt)?.id).toBe(N1)
  })

  it('free notes are the notes that answer no prompt', () => {
    const free = { id: N2, text: 'Keen to show books', lines: [] }
    const answer = { id: N1, prompt: 'How do you improve?', text: 'x', lines: [B] }
    expect(freeNotes([answer, free])).toEqual([free])
  })
})

describe('the group and the time', () => {
  it('a typed size becomes a whole number the schema accepts', () => {
    expect(groupSize('4')).toBe(4)
    expect(groupSize('4 pupils')).toBe(4)
    expect(groupSize('')).toBe(0)
    expect(groupSize('-3')).toBe(0)
    expect(groupSize('99999999')).toBe(MAX_GROUP_SIZE)
    const conversation = { with: 'pupils', group: '', at: '2026-12-01T09:00:00.000Z', notes: [] }
    expect(
      payloadSchemas.conversation.safeParse({ ...conversation, size: groupSize('1e9') }).success,
    ).toBe(true)
  })

  it('the time input shows the local wall clock and changes only the time of day', () => {
    const nineOFive = new Date(2026, 11, 1, 9, 5).toISOString()
    expect(wallClock(nineOFive)).toBe('09:05')
    expect(atWallClock(nineOFive, '14:30')).toBe(new Date(2026, 11, 1, 14, 30).toISOString())
    expect(wallClock('not a time')).toBe('')
    expect(atWallClock('not a time', '14:30')).toBe('not a time')
  })
})
