import { render } from 'preact'
import { watchDatabase } from './db/lifecycle'
import { startPlatform } from './platform/start'
import { App } from './ui/App'
import './ui/styles.css'

startPlatform()
watchDatabase()
// Text a closed page could not save is written to the database now (loaded only when there is
// some); the live queries show it as soon as it lands.
if (Object.keys(localStorage).some((key) => key.startsWith('review-day:unsaved:'))) {
  void import('./db/journal').then((journal) => journal.replayJournal())
}

render(<App />, document.getElementById('app') as HTMLElement)
