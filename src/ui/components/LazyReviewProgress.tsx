import { useEffect, useState } from 'preact/hooks'

type Module = typeof import('./ReviewProgress')
let loaded: Module | undefined

/**
 * ReviewProgress, loaded after the reviews list is drawn, so the first screen's JavaScript stays
 * within its budget (src/README.md, "Budgets"); nothing shows until it has loaded.
 */
export function LazyReviewProgress(props: { reviewId: string }) {
  const [module, setModule] = useState(loaded)
  useEffect(() => {
    if (module) return
    void import('./ReviewProgress').then((m) => {
      loaded = m
      setModule(m)
    })
  }, [module])
  return module ? <module.ReviewProgress reviewId={props.reviewId} /> : null
}
