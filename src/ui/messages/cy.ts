// The Cymraeg catalogue, part for part beside en.ts: the first screen's words and the rest.
// Checked as a whole against the English too, so a key that moved between English parts cannot go
// missing from the Welsh.
import { app } from './cy-app'
import { rest } from './cy-rest'
import type { en } from './en'
import type { WelshCatalogue } from './welsh-types'

export const cy = { ...app, ...rest } as const satisfies WelshCatalogue<typeof en>
