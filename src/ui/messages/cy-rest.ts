// Every part of the Cymraeg catalogue but the first screen's (cy-app.ts), in one chunk that
// loads with the first lazily loaded screen when Cymraeg is the chosen language.
import { conversations } from './cy-conversations'
import { cycle } from './cy-cycle'
import { errors } from './cy-errors'
import { feedback } from './cy-feedback'
import { progress } from './cy-progress'
import { qr } from './cy-qr'
import { screens } from './cy-screens'
import { share } from './cy-share'

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
