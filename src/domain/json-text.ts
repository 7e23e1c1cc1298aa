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
