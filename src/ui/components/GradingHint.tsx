import { gradingWords } from '../../domain/grading-words'
import { formatList, t } from '../messages'

/**
 * A gentle, non-blocking hint under a feedback field that uses grading or judging words (peer
 * review describes what was seen: the README's "Using it on review day"). The live region is always in the page, empty when there is nothing to say, so
 * screen readers announce the hint when it appears without it ever taking focus.
 */
export function GradingHint({ text }: { text: string }) {
  const words = gradingWords(text)
  return (
    <p role="status" class="grading-hint">
      {words.length > 0 &&
        t('feedback.gradingHint', {
          words: formatList(words.map((word) => t('feedback.quoted', { word }))),
        })}
    </p>
  )
}
