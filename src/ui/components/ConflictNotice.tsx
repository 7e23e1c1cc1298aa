import { t } from '../messages'

/** A record changed in two places at once cannot be edited until someone chooses a version. */
export function ConflictNotice(props: { reviewId: string; recordId: string; text: string }) {
  return (
    <p class="alert" role="alert">
      {props.text}{' '}
      <a href={`/reviews/${props.reviewId}/conflicts/${props.recordId}`}>{t('feedback.resolve')}</a>
    </p>
  )
}
