import { useEffect, useState } from 'preact/hooks'

type Module = typeof import('./ReviewProgress')
let loaded: Module | undefined
// One import for every row: a list of a hundred reviews asked for it a hundred times, each call
// through Vite's preload helper, in the frame that first draws the list (4× slower on a phone).
let loading: Promise<Module> | undefined

/**
 * ReviewProgress, loaded after the reviews list is drawn, so the first screen's JavaScript stays
 * within its budget (src/README.md, "Budgets"); nothing shows until it has loaded.
 */
export function LazyReviewProgress(props: { reviewId: string }) {
  const [module, setModule] = useState(loaded)
  useEffect(() => {
    if (module) return
    loading ??= import('./ReviewProgress').then((m) => {
      loaded = m
      return m
    })
    // A failed load (a chunk missing offline) is tried again by the next row drawn.
    loading.then(setModule, () => {
      loading = undefined
    })
  }, [module])
  return module ? <module.ReviewProgress reviewId={props.reviewId} /> : null
}
