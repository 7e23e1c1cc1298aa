import type { en } from './en'
import { app } from './en-app'
import { type Entry, formatEntry, type Vars } from './format'

/** Every key of the catalogue (en.ts is the whole of it; only its type is read here). */
export type MessageKey = keyof typeof en

const locale = 'en-GB'
// The first screen's words load with it; the rest arrive with the first lazily loaded screen
// (./en-rest), which keeps the first screen's JavaScript small.
const catalogue: Partial<Record<MessageKey, Entry>> = { ...app }

export function addMessages(part: Partial<Record<MessageKey, Entry>>): void {
  Object.assign(catalogue, part)
}

/** The text a person reads for a key of the catalogue. */
export function t(key: MessageKey, vars?: Vars): string {
  const entry = catalogue[key]
  if (entry === undefined) {
    console.error(`Message "${key}" used before its part of the catalogue was loaded`)
    return key
  }
  return formatEntry(locale, entry, vars)
}

/** Loads the words of every screen but the first. */
export function loadAllMessages(): Promise<unknown> {
  return import('./en-rest')
}

const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
const timeOnly = new Intl.DateTimeFormat(locale, { timeStyle: 'short' })
const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })

export function formatDateTime(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d)
}
export function formatTime(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : timeOnly.format(d)
}
/** yyyy-mm-dd as a calendar date, without shifting through time zones. */
export function formatDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day
  return dateOnly.format(new Date(`${day}T12:00:00`))
}
