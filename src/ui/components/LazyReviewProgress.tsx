import { useEffect, useState } from 'preact/hooks'
import type { ProgressFacts } from '../../domain/progress'

type Module = typeof import('./ReviewProgress')
let loading: Promise<Module> | undefined

/** Each review's next step on the reviews list, as its row shows it. */
export interface ListProgress {
  line: (reviewId: string) => preact.JSX.Element | null
}

/**
 * The next step of every review on the reviews list, from one live query for the whole list
 * (ReviewProgress's watchProgress), loaded once the list is drawn (`drawn`), so the first screen's
 * JavaScript stays within its budget (src/README.md, "Budgets"); nothing shows until it has loaded.
 */
export function useListProgress(drawn: boolean): ListProgress | undefined {
  const [state, setState] = useState<{ module: Module; facts: Map<string, ProgressFacts> }>()
  useEffect(() => {
    if (!drawn) return
    let stopped = false
    let unsubscribe = () => {}
    loading ??= import('./ReviewProgress')
    loading.then(
      (module) => {
        if (!stopped) unsubscribe = module.watchProgress((facts) => setState({ module, facts }))
      },
      // A failed load (a chunk missing offline) is tried again when the list is drawn next.
      () => {
        loading = undefined
      },
    )
    return () => {
      stopped = true
      unsubscribe()
    }
  }, [drawn])
  if (!state) return undefined
  const { module, facts } = state
  return {
    line: (reviewId) => {
      const of = facts.get(reviewId)
      return of ? <module.ProgressLine facts={of} /> : null
    },
  }
}
