// A review's stage moves forward with the work: the writes that begin a stage (starting the
// consolidated feedback, starting the workshop, the first check-in) move it on in the same
// transaction, and never back; the Focus screen's select still sets it by hand, either way.
import type { Stage } from './schemas'
import { STAGES } from './vocabulary'

/** The later of the review's stage and the stage a piece of work begins. */
export function stageMovedTo(current: Stage, begun: Stage): Stage {
  return STAGES.indexOf(begun) > STAGES.indexOf(current) ? begun : current
}
