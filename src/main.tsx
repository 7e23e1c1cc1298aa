import { render } from 'preact'
import { hasJournal } from './db/keys'
import { startPlatform } from './platform/start'
import { App } from './ui/App'
import { loadFirstMessages } from './ui/messages'
import './ui/styles.css'

startPlatform()
// Text a closed page could not save is written to the database now (loaded only when there is
// some); the live queries show it as soon as it lands.
if (hasJournal()) {
  void import('./db/journal').then((journal) => journal.replayJournal())
}

// The first screen's words, in the chosen language only, arrive before the first render.
void loadFirstMessages().then(() => render(<App />, document.getElementById('app') as HTMLElement))
