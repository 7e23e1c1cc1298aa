import { describe, expect, it } from 'vitest'
import { cy } from '../../src/ui/messages/cy'
import { app as cyApp } from '../../src/ui/messages/cy-app'
import { conversations as cyConversations } from '../../src/ui/messages/cy-conversations'
import { errors as cyErrors } from '../../src/ui/messages/cy-errors'
import { feedback as cyFeedback } from '../../src/ui/messages/cy-feedback'
import { screens as cyScreens } from '../../src/ui/messages/cy-screens'
import { share as cyShare } from '../../src/ui/messages/cy-share'
import { en } from '../../src/ui/messages/en'
import { app as enApp } from '../../src/ui/messages/en-app'
import { conversations as enConversations } from '../../src/ui/messages/en-conversations'
import { errors as enErrors } from '../../src/ui/messages/en-errors'
import { feedback as enFeedback } from '../../src/ui/messages/en-feedback'
import { screens as enScreens } from '../../src/ui/messages/en-screens'
import { share as enShare } from '../../src/ui/messages/en-share'
import { type Entry, formatEntry } from '../../src/ui/messages/format'
import type { WelshCatalogue } from '../../src/ui/messages/welsh-types'

const WELSH_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const

const parts = [
  ['app', enApp, cyApp],
  ['errors', enErrors, cyErrors],
  ['screens', enScreens, cyScreens],
  ['share', enShare, cyShare],
  ['conversations', enConversations, cyConversations],
  ['feedback', enFeedback, cyFeedback],
] as const

const english = en as Record<string, Entry>
const welsh = cy as Record<string, Entry>

const forms = (entry: Entry): string[] =>
  typeof entry === 'string' ? [entry] : Object.values(entry).filter((f) => f !== undefined)
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort()

/** What is wrong with the shape of a Welsh part against its English part, one line per fault. */
function shapeProblems(enPart: Record<string, unknown>, cyPart: Record<string, unknown>): string[] {
  const problems: string[] = []
  for (const key of Object.keys(enPart)) if (!(key in cyPart)) problems.push(`missing ${key}`)
  for (const [key, cyEntry] of Object.entries(cyPart)) {
    const enEntry = enPart[key]
    if (enEntry === undefined) problems.push(`extra ${key}`)
    else if (typeof enEntry === 'string') {
      if (typeof cyEntry !== 'string') problems.push(`not a plain sentence: ${key}`)
    } else if (typeof cyEntry !== 'object' || cyEntry === null) {
      problems.push(`not a plural: ${key}`)
    } else {
      const missing = WELSH_CATEGORIES.filter((c) => typeof (cyEntry as never)[c] !== 'string')
      if (missing.length) problems.push(`${key} lacks ${missing.join(', ')}`)
    }
  }
  return problems
}

// The type check is the first guard. Each case marked below must stay a type error: if the type
// ever let one through, `tsc` would report its expect-error directive as unused and fail.
type Sample = {
  readonly plain: 'Save'
  readonly counted: { one: '{count} note'; other: '{count} notes' }
}
const sample: Sample = { plain: 'Save', counted: { one: '{count} note', other: '{count} notes' } }
const six = { zero: 'a', one: 'b', two: 'c', few: 'd', many: 'e', other: 'f' }
const five = { zero: 'a', one: 'b', two: 'c', few: 'd', other: 'f' }
const good: WelshCatalogue<Sample> = { plain: 'Cadw', counted: six }
// @ts-expect-error a key of the English part is missing
const missingKey: WelshCatalogue<Sample> = { plain: 'Cadw' }
// @ts-expect-error a key the English part does not have
const extraKey: WelshCatalogue<Sample> = { plain: 'Cadw', counted: six, extra: 'Ychwanegol' }
// @ts-expect-error a plural entry without its `many` form (6)
const noMany: WelshCatalogue<Sample> = { plain: 'Cadw', counted: five }
// @ts-expect-error a plain sentence where English has a plural
const notPlural: WelshCatalogue<Sample> = { plain: 'Cadw', counted: '{count} nodyn' }
// @ts-expect-error a plural where English has a plain sentence
const notPlain: WelshCatalogue<Sample> = { plain: six, counted: six }

it('rejects, in types and at run time, every wrong shape of a Welsh part', () => {
  expect(shapeProblems(sample, good)).toEqual([])
  expect(shapeProblems(sample, missingKey)).toEqual(['missing counted'])
  expect(shapeProblems(sample, extraKey)).toEqual(['extra extra'])
  expect(shapeProblems(sample, noMany)).toEqual(['counted lacks many'])
  expect(shapeProblems(sample, notPlural)).toEqual(['not a plural: counted'])
  expect(shapeProblems(sample, notPlain)).toEqual(['not a plain sentence: plain'])
})

describe('the Cymraeg catalogue', () => {
  it('has exactly the keys and plural shapes of the English one, part by part', () => {
    for (const [name, enPart, cyPart] of parts)
      expect(shapeProblems(enPart, cyPart), name).toEqual([])
    expect(shapeProblems(english, welsh)).toEqual([])
  })

  it('is written against the plural categories Intl.PluralRules gives Welsh', () => {
    const rules = new Intl.PluralRules('cy')
    expect([0, 1, 2, 3, 6, 4, 5, 7, 10, 11, 100].map((n) => rules.select(n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
      'other',
      'other',
      'other',
      'other',
      'other',
    ])
    expect([...rules.resolvedOptions().pluralCategories].sort()).toEqual(
      [...WELSH_CATEGORIES].sort(),
    )
  })

  it('has a plural entry, with all six forms written, wherever English has one', () => {
    for (const [key, enEntry] of Object.entries(english)) {
      const cyEntry = welsh[key] as Entry
      if (typeof enEntry === 'string') {
        expect(typeof cyEntry, key).toBe('string')
        continue
      }
      expect(typeof cyEntry, key).toBe('object')
      expect(Object.keys(cyEntry).sort(), key).toEqual([...WELSH_CATEGORIES].sort())
      for (const form of forms(cyEntry)) expect(form.trim(), key).not.toBe('')
    }
  })

  it('keeps every placeholder of the English, in every form, and adds none', () => {
    const wrong: string[] = []
    for (const [key, enEntry] of Object.entries(english)) {
      const expected = placeholders(forms(enEntry).join(' '))
      for (const form of forms(welsh[key] as Entry)) {
        const found = placeholders(form)
        if (found.join() !== expected.join()) wrong.push(`${key}: ${form}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('says every count whole, with no placeholder left over, for each Welsh category', () => {
    for (const [key, entry] of Object.entries(welsh)) {
      if (typeof entry === 'string') continue
      const names = placeholders(forms(entry).join(' ')).filter((n) => n !== 'count')
      const vars = Object.fromEntries(names.map((n) => [n, `[${n}]`]))
      for (const count of [0, 1, 2, 3, 4, 6, 11, 1000]) {
        const text = formatEntry('cy', entry, { ...vars, count })
        expect(text, `${key} ${count}`).not.toMatch(/[{}]/)
        expect(text, `${key} ${count}`).toContain(new Intl.NumberFormat('cy').format(count))
      }
    }
  })

  it('picks the form whose mutation fits the numeral', () => {
    const say = (key: string, count: number) => formatEntry('cy', welsh[key] as Entry, { count })
    expect(say('import.countNew', 2)).toBe('2 gofnod newydd')
    expect(say('import.countNew', 3)).toBe('3 chofnod newydd')
    expect(say('import.countNew', 6)).toBe('6 chofnod newydd')
    expect(say('import.countNew', 5)).toBe('5 o gofnodion newydd')
    expect(say('report.activities', 2)).toBe('2 weithgaredd')
    expect(say('report.pieces', 2)).toBe('2 ddarn o dystiolaeth')
    expect(say('import.countConflicts', 1)).toBe('1 gwrthdaro i’w ddatrys')
  })

  it('translates every sentence: only entries with no words of their own match the English', () => {
    const same = Object.keys(english).filter((key) => {
      const enText = forms(english[key] as Entry).join(' ')
      return enText === forms(welsh[key] as Entry).join(' ')
    })
    for (const key of same) {
      const words = forms(english[key] as Entry)
        .join(' ')
        .replace(/\{\w+\}/g, '')
      expect(words, key).not.toMatch(/\p{L}/u)
    }
  })

  it('uses typographic apostrophes and quotation marks, as the English does', () => {
    const straight = Object.entries(welsh).filter(([, entry]) =>
      forms(entry).some((form) => /['"]/.test(form)),
    )
    expect(straight.map(([key]) => key)).toEqual([])
  })
})
