// Every part of the English catalogue but the first screen's (en-app.ts), registered on import.
// App.tsx loads this with each lazily loaded screen.
import { addMessages } from '.'
import { conversations } from './en-conversations'
import { cycle } from './en-cycle'
import { errors } from './en-errors'
import { feedback } from './en-feedback'
import { progress } from './en-progress'
import { screens } from './en-screens'
import { share } from './en-share'

addMessages({
  ...errors,
  ...screens,
  ...share,
  ...conversations,
  ...feedback,
  ...cycle,
  ...progress,
})
