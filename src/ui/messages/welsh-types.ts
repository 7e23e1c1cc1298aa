// The shape a Cymraeg part of the catalogue must have, derived from its English part, so the type
// check fails when a key is missing or extra, when a plain sentence turns into a plural or back,
// or when a plural entry lacks one of Welsh's six categories. Intl.PluralRules('cy') picks
// zero for 0, one for 1, two for 2, few for 3, many for 6 and other for the rest, and each of
// those needs its own whole sentence: the numeral changes the noun after it (dau gofnod, tri
// chofnod, chwe chofnod, 4 o gofnodion), so no category may fall back on another.

/** Every category Intl.PluralRules('cy') can select, each one a whole sentence. */
export type WelshPlural = Readonly<
  Record<'zero' | 'one' | 'two' | 'few' | 'many' | 'other', string>
>

/** A plain sentence where English has one; all six plural forms where English has a plural. */
export type WelshEntryFor<English> = English extends string ? string : WelshPlural

/** The Welsh counterpart of an English part of the catalogue: the same keys, entry by entry. */
export type WelshCatalogue<English extends Record<string, unknown>> = {
  readonly [Key in keyof English]: WelshEntryFor<English[Key]>
}
