import { describe, expect, it } from 'vitest'
import { decodeBundle } from '../../src/domain/bundle'
import type { PayloadOf } from '../../src/domain/schemas'
import { sampleBundle } from '../fixtures/sample-review'
import { type LineKey, promptCy, SAMPLE_TEXT_CY } from '../fixtures/sample-review-cy-text'

// The generator's ids (sample-review.ts): the Welsh text is keyed to them.
const uuid = (n: number) => `5a3e0000-0000-4000-8000-${String(n).padStart(12, '0')}`
const LINE_IDS: Record<LineKey, string> = {
  talk: uuid(20),
  feedback: uuid(21),
  independence: uuid(22),
}

async function englishSample() {
  const bundle = await decodeBundle(await sampleBundle())
  const data = <K extends keyof PayloadOf>(kind: K, id: string): PayloadOf[K] => {
    const record = bundle.records.find((r) => r.kind === kind && r.id === id)
    if (!record) throw new Error(`no ${kind} ${id} in the sample`)
    return record.versions[0]?.data as PayloadOf[K]
  }
  return { bundle, data }
}

describe('the Welsh text of the sample review', () => {
  it('has a Welsh text for every text the English sample has, in the same shape', async () => {
    const { data } = await englishSample()
    const cy = SAMPLE_TEXT_CY
    const review = data('review', uuid(2))
    expect(review.team.map((m) => m.id)).toEqual([uuid(30), uuid(31), uuid(32), uuid(33)])
    expect(Object.keys(cy.review.team)).toEqual(['host', 'lead', 'priya', 'owen'])

    const focus = data('focus', uuid(3))
    expect(focus.linesOfEnquiry.map((l) => l.id)).toEqual(Object.values(LINE_IDS))
    for (const line of focus.linesOfEnquiry) {
      const key = (Object.keys(LINE_IDS) as LineKey[]).find((k) => LINE_IDS[k] === line.id)
      expect(key, line.id).toBeDefined()
      expect(cy.focus.lines[key as LineKey].prompts.length, line.title).toBe(line.prompts.length)
    }
    expect(cy.focus.evidencePlan.length).toBe(focus.evidencePlan.length)
    expect(cy.focus.schedule.length).toBe(focus.schedule.length)

    const visits = [
      [uuid(60), cy.visits.priyaLesson],
      [uuid(61), cy.visits.owenLesson],
      [uuid(62), cy.visits.owenBooks],
    ] as const
    for (const [id, welsh] of visits) {
      const visit = data('visit', id)
      expect(welsh.notes.length, id).toBe(visit.notes.length)
      // An empty English summary stays empty: the sample shows a visit without one.
      expect(welsh.summary === '', id).toBe(visit.summary === '')
    }

    const conversation = data('conversation', uuid(70))
    expect(cy.conversation.notes.length).toBe(conversation.notes.length)
    conversation.notes.forEach((note, i) => {
      const welsh = cy.conversation.notes[i]
      expect(welsh?.prompt === undefined, note.id).toBe(note.prompt === undefined)
      if (welsh?.prompt && note.prompt) {
        // The answer points at the same prompt of the same line as the English one does.
        const line = focus.linesOfEnquiry.find((l) => l.id === LINE_IDS[welsh.prompt.line])
        expect(line?.prompts[welsh.prompt.index]).toBe(note.prompt)
        expect(note.lines[0]).toBe(LINE_IDS[welsh.prompt.line])
      }
    })

    const feedback = data('feedback', uuid(90))
    expect(Object.values(cy.feedback.lines).length).toBe(feedback.lines.length)
    expect(feedback.lines.map((l) => l.lineId)).toEqual(
      Object.keys(cy.feedback.lines).map((k) => LINE_IDS[k as LineKey]),
    )
  })

  it('points every conversation answer at a Welsh prompt that exists', () => {
    for (const note of SAMPLE_TEXT_CY.conversation.notes) {
      if (note.prompt) expect(promptCy(note.prompt), note.text).toBeTruthy()
    }
  })

  it('is Welsh throughout, and marks the sample as one', () => {
    const texts = JSON.stringify(SAMPLE_TEXT_CY)
    expect(SAMPLE_TEXT_CY.review.hostSchool).toContain('(enghraifft)')
    expect(SAMPLE_TEXT_CY.bundle.from.school).toBe(SAMPLE_TEXT_CY.review.hostSchool)
    // The English sample's own words must not be left behind.
    for (const english of ['Hillside', 'Primary', 'sample', 'Maths', 'Year ', 'Room', 'pupils']) {
      expect(texts, english).not.toContain(english)
    }
  })
})
