// JSON with sorted keys, so two devices agree on whether two versions have the same content.

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    const src = value as Record<string, unknown>
    // fromEntries defines own properties, so a key like "__proto__" stays plain data.
    return Object.fromEntries(
      Object.keys(src)
        .sort()
        .filter((key) => src[key] !== undefined)
        .map((key) => [key, sortKeys(src[key])]),
    )
  }
  return value
}
