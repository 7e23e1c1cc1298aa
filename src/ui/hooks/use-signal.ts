import type { ReadonlySignal } from '@preact/signals-core'
import { useEffect, useState } from 'preact/hooks'

/** A signal's value; the component re-renders whenever it changes. */
export function useSignalValue<T>(source: ReadonlySignal<T>): T {
  const [value, setValue] = useState(() => source.value)
  // subscribe() calls back at once too, so a change between render and effect is not missed.
  useEffect(() => source.subscribe((next) => setValue(() => next)), [source])
  return value
}
