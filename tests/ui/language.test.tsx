import { fireEvent, screen, waitFor } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../../src/db/keys'
import { chooseLanguage, formatDay, language, preferredLanguage, t } from '../../src/ui/messages'
import { dayFromNames, pluralCategory } from '../../src/ui/messages/format'
import { importCountsText } from '../../src/ui/titles'
import { clearDatabase } from '../support/database'
import { openAt, signIn } from './helpers'

beforeEach(async () => {
  await clearDatabase()
  localStorage.clear()
})
afterEach(async () => {
  await chooseLanguage('en')
  localStorage.clear()
})

describe('choosing the language', () => {
  it('defaults to the first of the browser’s languages that is Welsh or English', () => {
    expect(preferredLanguage(['cy-GB', 'en-GB'])).toBe('cy')
    expect(preferredLanguage(['fr', 'en-GB', 'cy'])).toBe('en')
    expect(preferredLanguage(['fr', 'CY'])).toBe('cy')
    expect(preferredLanguage(['fr'])).toBe('en')
    expect(preferredLanguage([])).toBe('en')
  })

  it('is offered on the very first screen, before “Who are you?”, and applies at once', async () => {
    openAt('/')
    const cymraeg = await screen.findByRole('button', { name: 'Cymraeg', pressed: false })
    expect(cymraeg.getAttribute('lang')).toBe('cy')
    const heading = screen.getByRole('heading', { name: 'Who are you?' })
    expect(cymraeg.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Siân Hanner' } })
    fireEvent.click(cymraeg)
    expect(await screen.findByRole('heading', { name: 'Pwy ydych chi?' })).toBeTruthy()
    // Re-rendered in place: what was typed is still there.
    expect((screen.getByLabelText('Eich enw') as HTMLInputElement).value).toBe('Siân Hanner')
    expect(screen.getByRole('button', { name: 'Cymraeg', pressed: true })).toBeTruthy()
    expect(document.documentElement.lang).toBe('cy')
    expect(document.title).toBe('Diwrnod Adolygu')
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('cy')
  })

  it('can be changed in Settings, which loads the rest of the words in that language', async () => {
    await signIn()
    openAt('/settings')
    fireEvent.click(await screen.findByRole('button', { name: 'Cymraeg' }))
    expect(await screen.findByRole('heading', { name: 'Gosodiadau', level: 1 })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'English' }))
    await waitFor(() => expect(language.value).toBe('en'))
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeTruthy()
    expect(document.documentElement.lang).toBe('en-GB')
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en')
  })
})

describe('Welsh counts and dates', () => {
  it('selects Welsh plural categories by the fixed rule, whatever the engine says', () => {
    const counts = [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 100]
    expect(counts.map((n) => pluralCategory('cy', n))).toEqual([
      ...['zero', 'one', 'two', 'few', 'other', 'other', 'many'],
      ...['other', 'other', 'other', 'other'],
    ])
    expect([0, 1, 2].map((n) => pluralCategory('en-GB', n))).toEqual(['other', 'one', 'other'])
  })

  it('writes days the Welsh way, and from the catalogue’s months where Intl has none', async () => {
    await chooseLanguage('cy')
    expect(formatDay('2026-11-20')).toBe('20 Tachwedd 2026')
    const fallback = dayFromNames(new Date('2026-11-20T12:00:00'), t('date.months'), t('date.day'))
    expect(fallback).toBe('20 Tachwedd 2026')
    expect(t('reviews.unexported', { count: 3 })).toBe('3 newid heb eu hallforio eto')
    await chooseLanguage('en')
    expect(formatDay('2026-11-20')).toBe('20 November 2026')
  })

  it('says each count of an import whole, joined the language’s way', async () => {
    const counts = { new: 1, updated: 2, unchanged: 0, conflicts: 1 }
    expect(importCountsText(counts)).toBe(
      '1 new record, 2 updated, 0 unchanged and 1 conflict to resolve',
    )
    await chooseLanguage('cy')
    expect(importCountsText(counts, false)).toBe(
      '1 cofnod newydd, 2 wedi’u diweddaru, a(c) 1 gwrthdaro i’w ddatrys',
    )
  })
})
