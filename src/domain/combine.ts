// "Combine" on the conflict screen: one payload made of several concurrent versions that keeps
// every text any of them holds. It knows no kind: it walks the payload beside the kind's schema,
// so a kind added to payloadSchemas is combined with no new code here.
//
// The shown version (the winner among the live versions, or among all when every one is a
// deletion) is the base; the others are folded into it one by one in the winner rule's order, so
// every device combines the same versions the same way:
// - a text that is empty, equal or already contained in what is kept adds nothing; a kept text
//   contained in the other is replaced by it; otherwise both are kept — a short field (at most
//   MAX_SHORT characters) joined with " / ", a longer text as a new paragraph after the words of
//   `attribution` (who wrote it, and when);
// - lists of objects are joined by key (`id`, or else the item's id fields, such as a feedback
//   line's `lineId` or an evidence link's `recordId` and `noteId`): the base's items in their
//   order, then the others' new ones, and items with the same key are combined in turn;
// - lists of texts or ids are joined, order kept;
// - ids, dates, times, numbers, booleans and choices keep the base's value.
// The result is checked against the schema; a text or list that would pass its limit is reported,
// never cut short.
import { canonicalJson } from './canonical'
import { type Version, winner } from './merge'
import { type Kind, MAX_SHORT, type PayloadOf, payloadSchemas } from './schemas'

/** Why versions cannot be combined: a text or a list of the result would pass its limit. */
export interface TooLong {
  path: (string | number)[]
  limit: number
  /** How long the combined text or list would be. */
  size: number
  /** The beginning of the combined text, for a person to recognise the field; '' for a list. */
  start: string
}

export type Combined<P> = { ok: true; data: P } | { ok: false; tooLong: TooLong }

/**
 * Every text of every version in one payload. `attribution` gives the words that mark a paragraph
 * taken from a version (the screens word it from the catalogue: the domain holds no English).
 */
export function combineVersions<K extends Kind>(
  kind: K,
  versions: readonly Version<PayloadOf[K]>[],
  attribution: (version: Version<PayloadOf[K]>) => string,
): Combined<PayloadOf[K]> {
  const schema = payloadSchemas[kind]
  const shape = shapeOf(schema as unknown as ZodLike)
  const [base, ...others] = winnerOrder(versions)
  if (!base) throw new Error('Nothing to combine')
  let data: unknown = base.data
  for (const v of others) data = fold(shape, data, v.data, attribution(v))
  const checked = schema.safeParse(data)
  if (checked.success) return { ok: true, data: checked.data as PayloadOf[K] }
  const issue = checked.error.issues.find((i) => i.code === 'too_big')
  if (!issue) throw checked.error
  const at = valueAt(data, issue.path as (string | number)[])
  return {
    ok: false,
    tooLong: {
      path: issue.path as (string | number)[],
      limit: Number(issue.maximum),
      size: typeof at === 'string' || Array.isArray(at) ? at.length : 0,
      start: typeof at === 'string' ? at.slice(0, 80) : '',
    },
  }
}

/** The base (the shown version among the live ones, if any), then the rest by the winner rule. */
function winnerOrder<P>(versions: readonly Version<P>[]): Version<P>[] {
  const live = versions.filter((v) => !v.deleted)
  const base = winner(live.length ? live : versions)
  const rest = versions.filter((v) => v !== base)
  const ordered = [base]
  while (rest.length) {
    const next = winner(rest)
    ordered.push(next)
    rest.splice(rest.indexOf(next), 1)
  }
  return ordered
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let at = data
  for (const step of path) at = (at as Record<string | number, unknown> | undefined)?.[step]
  return at
}

// --- The payload's shape, read from its zod schema -------------------------------------------

type Shape =
  | { is: 'object'; fields: Record<string, Shape> }
  | { is: 'list'; item: Shape; key: (item: unknown) => string }
  | { is: 'text'; short: boolean }
  | { is: 'optional'; inner: Shape }
  | { is: 'atomic' }

/** What combine reads of a zod schema: its definition (zod's documented `_zod.def`). */
interface ZodLike {
  _zod: {
    def: {
      type: string
      format?: string
      shape?: Record<string, ZodLike>
      element?: ZodLike
      innerType?: ZodLike
      options?: ZodLike[]
      checks?: { _zod: { def: { check: string; maximum?: number } } }[]
    }
  }
}

const shapes = new WeakMap<ZodLike, Shape>()

function shapeOf(schema: ZodLike): Shape {
  let shape = shapes.get(schema)
  if (!shape) {
    shape = readShape(schema)
    shapes.set(schema, shape)
  }
  return shape
}

function readShape(schema: ZodLike): Shape {
  const def = schema._zod.def
  switch (def.type) {
    case 'object': {
      const fields: Record<string, Shape> = {}
      for (const [name, field] of Object.entries(def.shape ?? {})) fields[name] = shapeOf(field)
      return { is: 'object', fields }
    }
    case 'array': {
      const element = def.element as ZodLike
      return { is: 'list', item: shapeOf(element), key: keyOf(element) }
    }
    case 'optional':
      return { is: 'optional', inner: shapeOf(def.innerType as ZodLike) }
    case 'string': {
      if (def.format) return { is: 'atomic' }
      const max = def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum
      return { is: 'text', short: max !== undefined && max <= MAX_SHORT }
    }
    case 'union':
      // A text or nothing yet ('') is a text; a date or '' is a date.
      return (def.options ?? []).map(shapeOf).find((s) => s.is === 'text') ?? { is: 'atomic' }
    default:
      return { is: 'atomic' }
  }
}

/** How items of a list are told apart: by `id`, by their id fields, or else by their content. */
function keyOf(element: ZodLike): (item: unknown) => string {
  const fields = element._zod.def.shape
  if (!fields) return (item) => canonicalJson(item)
  const isId = (s: ZodLike): boolean =>
    s._zod.def.format === 'uuid' ||
    (s._zod.def.type === 'optional' && isId(s._zod.def.innerType as ZodLike))
  const names =
    'id' in fields ? ['id'] : Object.keys(fields).filter((n) => isId(fields[n] as ZodLike))
  if (!names.length) return (item) => canonicalJson(item)
  return (item) => names.map((n) => String((item as Record<string, unknown>)[n] ?? '')).join('/')
}

// --- Folding one version into what is kept ---------------------------------------------------

function fold(shape: Shape, kept: unknown, other: unknown, from: string): unknown {
  switch (shape.is) {
    case 'atomic':
      return kept
    case 'optional':
      if (kept === undefined) return other
      if (other === undefined) return kept
      return fold(shape.inner, kept, other, from)
    case 'text':
      return typeof kept === 'string' && typeof other === 'string'
        ? joinText(kept, other, shape.short, from)
        : kept
    case 'object': {
      if (!isObject(kept) || !isObject(other)) return kept
      const out: Record<string, unknown> = { ...kept }
      for (const [name, field] of Object.entries(shape.fields)) {
        out[name] = fold(field, kept[name], other[name], from)
      }
      return out
    }
    case 'list':
      return Array.isArray(kept) && Array.isArray(other)
        ? joinLists(shape, kept, other, from)
        : kept
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function joinText(kept: string, other: string, short: boolean, from: string): string {
  const words = other.trim()
  if (!words || kept.includes(words)) return kept
  if (other.includes(kept.trim())) return other
  return short ? `${kept} / ${words}` : `${kept}\n\n${from}\n${words}`
}

function joinLists(
  shape: Extract<Shape, { is: 'list' }>,
  kept: readonly unknown[],
  other: readonly unknown[],
  from: string,
): unknown[] {
  const out = [...kept]
  const at = new Map(out.map((item, i) => [shape.key(item), i]))
  for (const item of other) {
    const key = shape.key(item)
    const i = at.get(key)
    if (i === undefined) {
      at.set(key, out.length)
      out.push(item)
    } else out[i] = fold(shape.item, out[i], item, from)
  }
  return out
}

// --- The texts a payload holds ----------------------------------------------------------------

/**
 * The non-empty texts a person wrote in a payload (not its ids, dates or choices), read beside
 * the kind's schema as combining reads it.
 */
export function textsOf(kind: Kind, data: unknown): string[] {
  const out: string[] = []
  collectTexts(shapeOf(payloadSchemas[kind] as unknown as ZodLike), data, out)
  return out
}

function collectTexts(shape: Shape, value: unknown, out: string[]): void {
  if (shape.is === 'text' && typeof value === 'string' && value.trim()) out.push(value)
  else if (shape.is === 'optional') collectTexts(shape.inner, value, out)
  else if (shape.is === 'list' && Array.isArray(value)) {
    for (const item of value) collectTexts(shape.item, item, out)
  } else if (shape.is === 'object' && isObject(value)) {
    for (const [name, field] of Object.entries(shape.fields)) collectTexts(field, value[name], out)
  }
}

/** The texts of `journaled` that `stored` does not hold (as a whole or within a longer text). */
export function textsNotIn(kind: Kind, journaled: unknown, stored: unknown): string[] {
  const kept = stored === undefined ? [] : textsOf(kind, stored)
  return textsOf(kind, journaled).filter((text) => !kept.some((k) => k.includes(text.trim())))
}
