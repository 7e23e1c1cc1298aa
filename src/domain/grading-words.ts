// Peer review is improving, not proving: feedback describes what was seen and asks questions.
// Words that grade or judge people get a gentle, non-blocking hint (the README's "Using it on
// review day").
const PHRASES = [
  'requires improvement',
  'good lesson',
  'good teacher',
  'bad lesson',
  'poor teaching',
  'special measures',
]
const WORDS = [
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

/** The grading or judging words and phrases in a text, as written, each once. */
export function gradingWords(text: string): string[] {
  const lower = text.toLocaleLowerCase()
  const found = new Set<string>()
  for (const phrase of PHRASES) if (lower.includes(phrase)) found.add(phrase)
  for (const match of lower.matchAll(/\p{L}+/gu)) {
    if (WORDS.includes(match[0])) found.add(match[0])
  }
  return [...found]
}
