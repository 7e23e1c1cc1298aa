// Peer review is improving, not proving: feedback describes what was seen and asks questions.
// Words that grade or judge people get a gentle, non-blocking hint (the README's "Using it on
// review day"). Both languages' lists are always used: a person may write in either, whatever
// the app speaks.
import { PHRASES_CY, WORDS_CY } from './grading-words-cy'

const PHRASES_EN = [
  'requires improvement',
  'good lesson',
  'good teacher',
  'bad lesson',
  'poor teaching',
  'special measures',
]
const WORDS_EN = [
  'outstanding',
  'inadequate',
  'satisfactory',
  'weak',
  'weaker',
  'weakest',
  'poor',
  'poorly',
  'failing',
  'failed',
  'excellent',
  'terrible',
  'useless',
  'incompetent',
  'unacceptable',
]

const WORDS = new Set([...WORDS_EN, ...WORDS_CY])
// A phrase counts only as whole words: "gwers dda" must not match "gwers ddawns".
const PHRASES = [...PHRASES_EN, ...PHRASES_CY].map(
  (phrase) => [phrase, new RegExp(`(?<!\\p{L})${phrase}(?!\\p{L})`, 'u')] as const,
)

/** The grading or judging words and phrases in a text, English or Welsh, as written, each once. */
export function gradingWords(text: string): string[] {
  const lower = text.toLocaleLowerCase()
  const found = new Set<string>()
  for (const [phrase, pattern] of PHRASES) if (pattern.test(lower)) found.add(phrase)
  for (const match of lower.matchAll(/\p{L}+/gu)) {
    if (WORDS.has(match[0])) found.add(match[0])
  }
  return [...found]
}
