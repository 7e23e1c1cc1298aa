import { signal } from '@preact/signals-core'
import { LANGUAGE_KEY } from '../../db/keys'
import type { en } from './en'
import { dayFromNames, type Entry, formatEntry, type Vars } from './format'

/** Every key of the catalogue (en.ts is the whole of it; only its type is read here). */
export type MessageKey = keyof typeof en

export type Language = 'cy' | 'en'
export const LANGUAGES: readonly Language[] = ['cy', 'en']
/** Each language's name in itself. The same whatever the chosen language, so in neither catalogue. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { cy: 'Cymraeg', en: 'English' }
const LOCALES: Readonly<Record<Language, string>> = { cy: 'cy', en: 'en-GB' }

type Part = Partial<Record<MessageKey, Entry>>
// Only the chosen language's words load: the first screen's part before the first render
// (main.tsx awaits it), the rest with the first lazily loaded screen. Each is its own chunk.
const firstPart: Record<Language, () => Promise<Part>> = {
  cy: () => import('./cy-app').then((m) => m.app),
  en: () => import('./en-app').then((m) => m.app),
}
const restPart: Record<Language, () => Promise<Part>> = {
  cy: () => import('./cy-rest').then((m) => m.rest),
  en: () => import('./en-rest').then((m) => m.rest),
}
const catalogues: Record<Language, Part> = { cy: {}, en: {} }
let restWanted = false

function storedLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY)
    return stored === 'cy' || stored === 'en' ? stored : null
  } catch {
    return null
  }
}

/** The browser's preference on a first visit: the first of its languages that is Welsh or English. */
export function preferredLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0]
    if (primary === 'cy' || primary === 'en') return primary
  }
  return 'en'
}

/** The chosen language. Every screen reads it through App, which re-renders in place on a change. */
export const language = signal<Language>(
  storedLanguage() ?? preferredLanguage(globalThis.navigator?.languages ?? []),
)

export function addMessages(lang: Language, part: Part): void {
  Object.assign(catalogues[lang], part)
}

/** The page's own language and title follow the choice, so screen readers speak it rightly. */
function showLanguage(lang: Language): void {
  document.documentElement.lang = LOCALES[lang]
  document.title = t('app.name')
}

/** The first screen's words in the chosen language; main.tsx awaits this before rendering. */
export async function loadFirstMessages(): Promise<void> {
  addMessages(language.value, await firstPart[language.value]())
  showLanguage(language.value)
}

/** Loads the words of every screen but the first, in the chosen language. */
export async function loadAllMessages(): Promise<void> {
  restWanted = true
  const lang = language.value
  addMessages(lang, await restPart[lang]())
}

/**
 * Switches language at once, without a reload: the new words load first, then the signal
 * changes and every screen re-renders in place, keeping what is typed. Kept on the device.
 */
export async function chooseLanguage(lang: Language): Promise<void> {
  addMessages(lang, await firstPart[lang]())
  if (restWanted) addMessages(lang, await restPart[lang]())
  try {
    localStorage.setItem(LANGUAGE_KEY, lang)
  } catch {
    // Storage refused (a private window): the choice still holds until the page closes.
  }
  language.value = lang
  showLanguage(lang)
}

/** The text a person reads for a key of the catalogue, in the chosen language. */
export function t(key: MessageKey, vars?: Vars): string {
  const entry = catalogues[language.value][key]
  if (entry === undefined) {
    console.error(`Message "${key}" used before its part of the catalogue was loaded`)
    return key
  }
  return formatEntry(LOCALES[language.value], entry, vars)
}

/** Items joined the language's way ("a, b and c" / "a, b a c"). */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[language.value], { type: 'conjunction' }).format(items)
}

type Formats = {
  dateTime: Intl.DateTimeFormat
  time: Intl.DateTimeFormat
  day: Intl.DateTimeFormat
}
const formats = new Map<Language, Formats>()
function formatsOf(lang: Language): Formats {
  let f = formats.get(lang)
  if (!f) {
    const locale = LOCALES[lang]
    f = {
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
      time: new Intl.DateTimeFormat(locale, { timeStyle: 'short' }),
      day: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }),
    }
    formats.set(lang, f)
  }
  return f
}
/** Whether this engine's Intl knows the language's months; if not, the catalogue's are used. */
function intlKnows(lang: Language): boolean {
  let knows = intlKnowsLanguage.get(lang)
  if (knows === undefined) {
    knows = Intl.DateTimeFormat.supportedLocalesOf(LOCALES[lang]).length > 0
    intlKnowsLanguage.set(lang, knows)
  }
  return knows
}
const intlKnowsLanguage = new Map<Language, boolean>()
function longDay(d: Date): string {
  if (intlKnows(language.value)) return formatsOf(language.value).day.format(d)
  return dayFromNames(d, t('date.months'), t('date.day'))
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  if (intlKnows(language.value)) return formatsOf(language.value).dateTime.format(d)
  return t('date.dateTime', { date: longDay(d), time: formatsOf(language.value).time.format(d) })
}
export function formatTime(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : formatsOf(language.value).time.format(d)
}
/** yyyy-mm-dd as a calendar date, without shifting through time zones. */
export function formatDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day
  return longDay(new Date(`${day}T12:00:00`))
}
