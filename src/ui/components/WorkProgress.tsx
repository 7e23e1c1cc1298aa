import type { Stage } from '../../worker/protocol'
import { t } from '../messages'

/** The catalogue's sentence for each step the exchange worker reports. */
const LABEL = {
  reading: 'import.reading',
  opening: 'seal.opening',
  checking: 'import.checking',
  applying: 'import.applying',
  exporting: 'share.exporting',
  sealing: 'seal.sealing',
} as const satisfies Record<Stage, string>

/**
 * A labelled progress bar for an import or export, with its sentence beside it: how far, where
 * the worker can tell (`done`, 0 to 1), else a bar that only says it is working.
 */
export function WorkProgress(props: { stage: Stage; done: number | null }) {
  const label = t(LABEL[props.stage])
  return (
    <p>
      {/* Keyed apart: a bar cannot lose its value and become indeterminate again in place. */}
      {props.done === null ? (
        <progress key="working" aria-label={label} />
      ) : (
        <progress key="measured" aria-label={label} max={1} value={props.done} />
      )}{' '}
      {label}
    </p>
  )
}
