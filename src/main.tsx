import { render } from 'preact'
import { journalSettled } from './db/journal-first'
import { hasJournal } from './db/keys'
import { startPlatform } from './platform/start'
import { App } from './ui/App'
import { loadFirstMessages } from './ui/messages'
import './ui/styles.css'

startPlatform()

// Text a closed page could not save is written to the database before the first render (the
// journal and the database code load only when there is some), so a screen reopened on it draws
// it from its first frame; db/journal-first.ts says how long it waits.
const replayed = hasJournal()
  ? journalSettled(() => import('./db/journal').then((journal) => journal.replayJournal()))
  : undefined

// The first screen's words, in the chosen language only, arrive before the first render.
void Promise.all([loadFirstMessages(), replayed]).then(() =>
  render(<App />, document.getElementById('app') as HTMLElement),
)
