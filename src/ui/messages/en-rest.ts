// Every part of the English catalogue but the first screen's (en-app.ts), in one chunk that
// loads with the first lazily loaded screen when English is the chosen language.
import { conversations } from './en-conversations'
import { cycle } from './en-cycle'
import { errors } from './en-errors'
import { feedback } from './en-feedback'
import { progress } from './en-progress'
import { qr } from './en-qr'
import { screens } from './en-screens'
import { share } from './en-share'

export const rest = {
  ...errors,
  ...screens,
  ...share,
  ...conversations,
  ...feedback,
  ...cycle,
  ...progress,
  ...qr,
}
