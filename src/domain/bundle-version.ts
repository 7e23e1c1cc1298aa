// Which format version a bundle is written in, and which kinds each version may hold (the README's
// "Bundle format", "Versions of the format"). A bundle of version 1 kinds only is still written as
// version 1, so partner schools on an older copy of the app can read the day's work; a bundle
// holding any kind of the improvement cycle says version 2, which older copies refuse with the
// "newer version" message rather than dropping records they do not know.
import { KINDS_V1, type Kind } from './schemas'

export type FormatVersion = 1 | 2

const VERSION_1_KINDS: ReadonlySet<Kind> = new Set(KINDS_V1)

/** The version a bundle holding records of these kinds is written in. */
export function versionFor(records: readonly { kind: Kind }[]): FormatVersion {
  return records.every((r) => VERSION_1_KINDS.has(r.kind)) ? 1 : 2
}

/**
 * The path of the first record whose kind the bundle's version cannot hold (a version 1 file
 * with a workshop in it was not made by Review Day), or undefined when every kind fits.
 */
export function kindBeyondVersion(
  version: FormatVersion,
  records: readonly { kind: Kind }[],
): string | undefined {
  if (version >= 2) return undefined
  const at = records.findIndex((r) => !VERSION_1_KINDS.has(r.kind))
  return at < 0 ? undefined : `records[${at}].kind`
}
