import type { ReviewFields } from '../../domain/new-records'
import { t } from '../messages'
import { TextField } from './fields'

/** What each problem of a new review's details (domain reviewFieldsProblem) tells the person. */
export const REVIEW_FIELDS_REFUSALS = {
  'host-required': 'newReview.hostRequired',
  'dates-order': 'newReview.datesOrder',
} as const

/** A new review's host school, cluster, first and last day. */
export function ReviewFieldsInputs(props: {
  fields: ReviewFields
  onChange: (fields: ReviewFields) => void
}) {
  const { fields } = props
  const set = (patch: Partial<ReviewFields>) => props.onChange({ ...fields, ...patch })
  return (
    <>
      <TextField
        label={t('newReview.hostSchool')}
        value={fields.hostSchool}
        onInput={(hostSchool) => set({ hostSchool })}
      />
      <TextField
        label={t('newReview.cluster')}
        value={fields.cluster}
        onInput={(cluster) => set({ cluster })}
      />
      <TextField
        type="date"
        label={t('newReview.startDate')}
        value={fields.startDate}
        onInput={(startDate) => set({ startDate })}
      />
      <TextField
        type="date"
        label={t('newReview.endDate')}
        value={fields.endDate}
        onInput={(endDate) => set({ endDate })}
      />
    </>
  )
}
