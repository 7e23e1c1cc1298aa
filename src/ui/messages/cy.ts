// The Cymraeg catalogue, part for part beside en.ts. Checked as a whole against the English too,
// so a key that moved between English parts cannot go missing from the Welsh.
import { app } from './cy-app'
import { conversations } from './cy-conversations'
import { cycle } from './cy-cycle'
import { errors } from './cy-errors'
import { feedback } from './cy-feedback'
import { progress } from './cy-progress'
import { qr } from './cy-qr'
import { screens } from './cy-screens'
import { share } from './cy-share'
import type { en } from './en'
import type { WelshCatalogue } from './welsh-types'

export const cy = {
  ...app,
  ...errors,
  ...screens,
  ...share,
  ...conversations,
  ...feedback,
  ...cycle,
  ...progress,
  ...qr,
} as const satisfies WelshCatalogue<typeof en>
