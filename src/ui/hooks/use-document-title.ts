import { useEffect } from 'preact/hooks'

/**
 * The document's title while a screen is open: a printed page's header and the PDF's suggested
 * file name. Nothing changes until the title is known; the old title comes back on leaving.
 */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (!title) return
    const before = document.title
    document.title = title
    return () => {
      document.title = before
    }
  }, [title])
}
