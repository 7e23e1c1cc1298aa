import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/preact'
import { afterEach } from 'vitest'
// The app loads these with its first lazy screen; components tested alone need them at once.
import '../src/ui/messages/en-rest'

afterEach(() => {
  cleanup()
})
