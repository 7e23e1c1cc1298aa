// Reading the JSON text of a file a person chose: bundles and sealed envelopes alike.

/** The text without a leading byte order mark, which some editors put at the start of a file. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** The text's top-level JSON object, or why it has none: not JSON at all, or JSON but no object. */
export function parseJsonObject(
  json: string,
): Record<string, unknown> | 'not-json' | 'not-an-object' {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return 'not-json'
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return 'not-an-object'
  return parsed as Record<string, unknown>
}

/**
 * The first key that the text's top-level object names twice, if `watched` keys may be among
 * them. JSON.parse keeps the last of two equal keys while a person (or another program) reading
 * the file sees the first, so a file naming `records` twice could be read two ways. The full walk
 * runs only when a watched key appears more than once in the text, or the text holds a \u escape
 * (the one way a key can spell a watched name in other characters): never for a file the app
 * wrote, whose text escapes nothing in a key.
 */
export function duplicateTopLevelKey(json: string, watched: readonly string[]): string | undefined {
  const suspicious =
    json.includes('\\u') ||
    watched.some((key) => {
      const quoted = JSON.stringify(key)
      const first = json.indexOf(quoted)
      return first >= 0 && json.indexOf(quoted, first + 1) >= 0
    })
  if (!suspicious) return undefined
  const seen = new Set<string>()
  for (const key of topLevelKeys(json)) {
    if (seen.has(key)) return key
    seen.add(key)
  }
  return undefined
}

/** The keys of the top-level object of JSON text that parses, in order: one linear walk. */
function* topLevelKeys(json: string): Generator<string> {
  let depth = 0
  let expectKey = false
  for (let i = 0; i < json.length; i++) {
    const c = json[i]
    if (c === '"') {
      const end = stringEnd(json, i)
      if (depth === 1 && expectKey) yield JSON.parse(json.slice(i, end + 1)) as string
      expectKey = false
      i = end
    } else if (c === '{' || c === '[') {
      depth++
      expectKey = depth === 1 && c === '{'
    } else if (c === '}' || c === ']') depth--
    else if (c === ',' && depth === 1) expectKey = true
  }
}

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(json: string, start: number): number {
  for (let i = start + 1; i < json.length; i++) {
    const c = json[i]
    if (c === '\\') i++
    else if (c === '"') return i
  }
  return json.length - 1
}
