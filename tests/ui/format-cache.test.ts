// The catalogue keeps one Intl.PluralRules and one Intl.NumberFormat per locale (a list formats a
// count on every row, and making them is slow on a phone): each locale must still get its own.
import { expect, it } from 'vitest'
import { formatEntry, pluralCategory } from '../../src/ui/messages/format'

const notes = { one: '{count} note', other: '{count} notes' }

it('keeps each locale’s own plural rules when locales take turns', () => {
  // French counts 0 as "one", English as "other": a rule shared between them would show it.
  const turns = ['en-GB', 'fr', 'en-GB', 'fr'].map((locale) => pluralCategory(locale, 0))
  expect(turns).toEqual(['other', 'one', 'other', 'one'])
  expect([1, 2, 1].map((n) => pluralCategory('en-GB', n))).toEqual(['one', 'other', 'one'])
})

it('writes numbers in each locale’s own way when locales take turns', () => {
  const turns = ['en-GB', 'de', 'en-GB'].map((locale) =>
    formatEntry(locale, notes, { count: 1234 }),
  )
  expect(turns).toEqual(['1,234 notes', '1.234 notes', '1,234 notes'])
  expect(formatEntry('en-GB', notes, { count: 1 })).toBe('1 note')
})
