// A compact way to write versions in tests, in the spirit of Excalidraw's reconcile tests:
//
//   'A:1,B:2'                 clock {A:1, B:2}; written by the device with the largest entry (B)
//   'A:1,B:2@t3'              ...at time t3 (wall times only break ties)
//   'A:1,B:2@t3 by:A'         ...written by A
//   'A:1 =hello'              ...with data { text: 'hello' }
//   'A:2 deleted'             ...a tombstone
//
// Devices are single capital letters; they stand for deviceIds.
import { expect } from 'vitest'
import { type Version, versionKey } from '../../src/domain/merge'

export interface Note {
  text: string
}
export type V = Version<Note>

/** Wall time n seconds into the review day. */
export function t(n: number): string {
  const seconds = String(n % 60).padStart(2, '0')
  const minutes = String(Math.floor(n / 60) % 60).padStart(2, '0')
  const hours = String(9 + Math.floor(n / 3600)).padStart(2, '0')
  return `2026-11-22T${hours}:${minutes}:${seconds}.000Z`
}

export function v(notation: string): V {
  const [head, ...flags] = notation.trim().split(/\s+/)
  if (!head) throw new Error(`Empty version notation: "${notation}"`)
  const [clockPart = '', atPart] = head.split('@')
  const clock: Record<string, number> = {}
  for (const entry of clockPart.split(',')) {
    const [device, n] = entry.split(':')
    if (!device || n === undefined) throw new Error(`Bad clock entry "${entry}" in "${notation}"`)
    clock[device] = Number(n)
  }
  let at = t(0)
  if (atPart !== undefined) {
    const match = /^t(\d+)$/.exec(atPart)
    if (!match?.[1]) throw new Error(`Bad time "${atPart}" in "${notation}"`)
    at = t(Number(match[1]))
  }
  let by = Object.entries(clock).reduce((best, [device, n]) =>
    n > (clock[best[0]] ?? 0) ? [device, n] : best,
  )[0]
  let text = ''
  let deleted = false
  for (const flag of flags) {
    if (flag === 'deleted') deleted = true
    else if (flag.startsWith('by:')) by = flag.slice(3)
    else if (flag.startsWith('=')) text = flag.slice(1)
    else throw new Error(`Unknown flag "${flag}" in "${notation}"`)
  }
  return { clock, at, by, deleted, data: { text } }
}

export const vs = (notations: readonly string[]): V[] => notations.map(v)

/** Versions as a set, order-free, for comparing results of merges. */
export function keys(versions: readonly Version[]): string[] {
  return [...new Set(versions.map(versionKey))].sort()
}

export function expectSameSet(actual: readonly Version[], expected: readonly Version[]): void {
  expect(keys(actual)).toEqual(keys(expected))
  expect(actual).toHaveLength(keys(actual).length)
}
