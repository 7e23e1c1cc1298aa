import 'fake-indexeddb/auto'
import { cleanup, configure } from '@testing-library/preact'
import { afterEach } from 'vitest'
import { addMessages } from '../src/ui/messages'
import { app } from '../src/ui/messages/en-app'
import { rest } from '../src/ui/messages/en-rest'

// The app loads these before its first render and with its first lazy screen; components
// tested alone need them at once.
addMessages('en', { ...app, ...rest })

// Lazy screens load their modules on first render; on a busy two-core machine that can take
// more than the default second.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  cleanup()
})
