// The English catalogue. Each area of the app keeps its part in its own file so work on one
// area does not collide with another: the first screen's words (en-app.ts) and every other part,
// gathered once in en-rest.ts (the chunk that loads with the first lazily loaded screen). This
// object is the one catalogue they form.
import { app } from './en-app'
import { rest } from './en-rest'

export const en = { ...app, ...rest } as const
