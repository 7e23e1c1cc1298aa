// The one message catalogue's machinery: keys → text, with {name} placeholders, plural forms
// through Intl.PluralRules and dates through Intl.DateTimeFormat. A Cymraeg catalogue will be
// another object of the same Catalogue type.
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
export type Entry = string | Plural
export type Catalogue = Record<string, Entry>

export type Vars = Record<string, string | number>

export function formatEntry(locale: string, entry: Entry, vars: Vars = {}): string {
  let template: string
  if (typeof entry === 'string') template = entry
  else {
    const count = typeof vars.count === 'number' ? vars.count : 0
    const rule = new Intl.PluralRules(locale).select(count)
    template = entry[rule] ?? entry.other
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value
  })
}
