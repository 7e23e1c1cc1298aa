// The Welsh grading and judging words, beside the English ones in grading-words.ts, for the same
// gentle hint (the README's "Using it on review day"): peer review describes and asks, it does not
// grade.
//
// How they were chosen:
// - Estyn's own judgement words, as schools met them in reports up to 2022: rhagorol (also met
//   as “ardderchog”), da, digonol, anfoddhaol, “digonol ac angen gwella”, “anfoddhaol ac angen
//   gwelliant brys”, and the follow-up category “mesurau arbennig”. “Da” alone is too common to
//   flag, so it is caught only in the phrases below (gwers dda, athro da…).
// - The Welsh for each English word in grading-words.ts: weak (gwan, gwannach, gwanaf), poor
//   (gwael, gwaethaf), failing/failed (methu, methiant), terrible (ofnadwy), useless (diwerth),
//   incompetent (anghymwys), unacceptable (annerbyniol), inadequate (annigonol).
// - Each word also in the mutated form it most often takes in a sentence, since the hint matches
//   whole words: soft mutation after predicative “yn”, “mor”, “rhy”, “i”, “heb” or a feminine
//   noun (yn ragorol, gwers wael, mor wan, yn ddiwerth, yn fethiant, heb fethu). Words that
//   begin with a vowel do not change. “Gwaeth” and “waeth” (worse) are left out: “waeth beth” (no
//   matter what) and “waeth i ni” (we might as well) are everyday phrases, not judgements.
// - Feminine nouns take a soft-mutated adjective (gwers dda, athrawes dda, gwers ddrwg); plurals
//   do not (gwersi da, athrawon da). The noun mutates too after predicative “yn” (roedd yn wers
//   dda), so those phrases are listed in both forms.
// Phrases are meant to match as whole words: “gwers dda” is a substring of “gwers ddawns” and
// “gwers ddarllen”, so a plain substring search would hint at a dance or reading lesson.

/** Judging phrases, lower case, matched as whole words. */
export const PHRASES_CY = [
  'angen gwella',
  'angen gwelliant',
  'mesurau arbennig',
  'gwers dda',
  'wers dda',
  'gwersi da',
  'wersi da',
  'gwers ddrwg',
  'wers ddrwg',
  'gwersi drwg',
  'athro da',
  'athrawes dda',
  'athrawon da',
  'athro drwg',
  'athrawes ddrwg',
  'addysgu da',
  'da i ddim',
]

/** Judging words, lower case, each with the mutated forms it is likely to take. */
export const WORDS_CY = [
  'rhagorol',
  'ragorol',
  'ardderchog',
  'digonol',
  'ddigonol',
  'anfoddhaol',
  'annigonol',
  'gwan',
  'wan',
  'gwannach',
  'wannach',
  'gwanaf',
  'wanaf',
  'gwael',
  'wael',
  'gwaethaf',
  'waethaf',
  'gwachul',
  'wachul',
  'methu',
  'fethu',
  'methiant',
  'fethiant',
  'aflwyddiannus',
  'ofnadwy',
  'diwerth',
  'ddiwerth',
  'anghymwys',
  'annerbyniol',
]
