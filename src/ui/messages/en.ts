// The English catalogue. Each area of the app keeps its part in its own file so work on one
// area does not collide with another; this object is the one catalogue they form.
import { app } from './en-app'
import { conversations } from './en-conversations'
import { cycle } from './en-cycle'
import { errors } from './en-errors'
import { feedback } from './en-feedback'
import { progress } from './en-progress'
import { qr } from './en-qr'
import { screens } from './en-screens'
import { share } from './en-share'

export const en = {
  ...app,
  ...errors,
  ...screens,
  ...share,
  ...conversations,
  ...feedback,
  ...cycle,
  ...progress,
  ...qr,
} as const
