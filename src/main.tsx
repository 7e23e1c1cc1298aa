import { render } from 'preact'

render(<main>Review Day</main>, document.getElementById('app') as HTMLElement)
