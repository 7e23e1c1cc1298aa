import 'fake-indexeddb/auto'
import { cleanup, configure } from '@testing-library/preact'
import { afterEach } from 'vitest'
// The app loads these with its first lazy screen; components tested alone need them at once.
import '../src/ui/messages/en-rest'

// Lazy screens load their modules on first render; on a busy two-core machine that can take
// more than the default second.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  cleanup()
})
