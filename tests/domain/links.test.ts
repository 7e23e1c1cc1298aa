import { describe, expect, it } from 'vitest'
import {
  evidenceCount,
  hasLink,
  linkTo,
  sameLink,
  toggleLink,
  unionLinks,
} from '../../src/domain/links'

const VISIT = '11111111-1111-4111-8111-111111111111'
const TALK = '22222222-2222-4222-8222-222222222222'
const N1 = '33333333-3333-4333-8333-333333333331'
const N2 = '33333333-3333-4333-8333-333333333332'

describe('evidence links', () => {
  it('are the same link only when record and note both match', () => {
    expect(sameLink({ recordId: VISIT, noteId: N1 }, { recordId: VISIT, noteId: N1 })).toBe(true)
    expect(sameLink({ recordId: VISIT, noteId: N1 }, { recordId: VISIT, noteId: N2 })).toBe(false)
    expect(sameLink({ recordId: VISIT }, { recordId: VISIT, noteId: N1 })).toBe(false)
    expect(sameLink({ recordId: VISIT }, { recordId: VISIT })).toBe(true)
  })

  it('link to a note by its record and note ids, and nothing else', () => {
    const note = { recordId: VISIT, noteId: N1, text: 'Calm start' }
    expect(linkTo(note)).toEqual({ recordId: VISIT, noteId: N1 })
    expect(hasLink([{ recordId: VISIT, noteId: N1 }], linkTo(note))).toBe(true)
  })

  it('toggling links a note once and unlinks it again', () => {
    const link = { recordId: VISIT, noteId: N1 }
    const once = toggleLink([], link)
    expect(once).toEqual([link])
    expect(toggleLink(once, { ...link })).toEqual([])
  })

  it('a union keeps the first list and adds only what it lacks', () => {
    const ours = { recordId: VISIT, noteId: N1 }
    const theirs = { recordId: TALK, noteId: N2 }
    expect(unionLinks([ours], [{ ...ours }, theirs])).toEqual([ours, theirs])
    // A list that holds a link twice (a hand-made bundle, say) brings it in once.
    expect(unionLinks([], [theirs, theirs])).toEqual([theirs])
  })

  it('counts pieces of evidence once each, and the activities they come from', () => {
    expect(
      evidenceCount([
        { recordId: VISIT, noteId: N1 },
        { recordId: VISIT, noteId: N1 },
        { recordId: VISIT, noteId: N2 },
        { recordId: TALK, noteId: N1 },
      ]),
    ).toEqual({ pieces: 3, activities: 2 })
  })
})
