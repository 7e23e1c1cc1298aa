// The catalogue's machinery that needs no state: keys → text, with {name} placeholders, plural
// forms and numbers. Both catalogues (en-*.ts, cy-*.ts) are objects of the same Catalogue shape.
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
export type Entry = string | Plural
export type Catalogue = Record<string, Entry>

export type Vars = Record<string, string | number>

/**
 * The plural category of a count. Welsh's rule is fixed (0 zero, 1 one, 2 two, 3 few, 6 many,
 * anything else other) and is applied here rather than asked of Intl, so every engine agrees,
 * whatever CLDR data it ships; other languages ask Intl.PluralRules.
 */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  if (locale === 'cy' || locale.startsWith('cy-')) {
    const welsh = { 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 6: 'many' } as const
    return welsh[count as keyof typeof welsh] ?? 'other'
  }
  return cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count)
}

// Intl objects are slow to make and a list of visits formats a count per row: one per locale.
const pluralRules = new Map<string, Intl.PluralRules>()
const numberFormats = new Map<string, Intl.NumberFormat>()
function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let made = cache.get(locale)
  if (made === undefined) {
    made = make()
    cache.set(locale, made)
  }
  return made
}

export function formatEntry(locale: string, entry: Entry, vars: Vars = {}): string {
  let template: string
  if (typeof entry === 'string') template = entry
  else {
    const count = typeof vars.count === 'number' ? vars.count : 0
    template = entry[pluralCategory(locale, count)] ?? entry.other
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name]
    if (value === undefined) return whole
    if (typeof value !== 'number') return value
    return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value)
  })
}

/**
 * A calendar day written from the catalogue's own month names ("20 Tachwedd 2026"), for an
 * engine whose Intl has no data for the language: a phone must never show English months in
 * Welsh. `months` is the catalogue's twelve names separated by spaces; `template` places them.
 */
export function dayFromNames(date: Date, months: string, template: string): string {
  const month = months.split(' ')[date.getMonth()] ?? String(date.getMonth() + 1)
  return template
    .replace('{day}', String(date.getDate()))
    .replace('{month}', month)
    .replace('{year}', String(date.getFullYear()))
}
