import { en } from './en'
import { type Entry, formatEntry, type Vars } from './format'

export type MessageKey = keyof typeof en

const locale = 'en-GB'
const catalogue: Record<MessageKey, Entry> = en

/** The text a person reads for a key of the catalogue. */
export function t(key: MessageKey, vars?: Vars): string {
  return formatEntry(locale, catalogue[key], vars)
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
