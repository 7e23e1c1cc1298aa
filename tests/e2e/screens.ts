import { SAMPLE_IDS, SAMPLE_REVIEW_ID } from '../fixtures/sample-review'

/**
 * Every screen of the app, opened by address once the sample review is loaded (its ids are
 * fixed): the Welsh walk, the 360 px checks and the axe scans all go through this one list, so a
 * new screen is covered by adding one line here.
 */
export const SCREENS: readonly { name: string; path: string }[] = [
  ['reviews', '/'],
  ['new review', '/reviews/new'],
  ['import', '/import'],
  ['settings', '/settings'],
  ['focus', `/reviews/${SAMPLE_REVIEW_ID}/focus`],
  ['visits', `/reviews/${SAMPLE_REVIEW_ID}/visits`],
  ['visit', `/reviews/${SAMPLE_REVIEW_ID}/visits/${SAMPLE_IDS.visit}`],
  ['conversations', `/reviews/${SAMPLE_REVIEW_ID}/conversations`],
  ['conversation', `/reviews/${SAMPLE_REVIEW_ID}/conversations/${SAMPLE_IDS.conversation}`],
  ['evidence', `/reviews/${SAMPLE_REVIEW_ID}/evidence`],
  ['feedback', `/reviews/${SAMPLE_REVIEW_ID}/feedback`],
  ['feedback draft', `/reviews/${SAMPLE_REVIEW_ID}/feedback/${SAMPLE_IDS.feedback}`],
  ['report', `/reviews/${SAMPLE_REVIEW_ID}/report`],
  ['share', `/reviews/${SAMPLE_REVIEW_ID}/share`],
  ['workshop', `/reviews/${SAMPLE_REVIEW_ID}/workshop`],
  ['action', `/reviews/${SAMPLE_REVIEW_ID}/actions/${SAMPLE_IDS.action}`],
  ['follow-up', `/reviews/${SAMPLE_REVIEW_ID}/follow-up`],
  ['improvement plan', `/reviews/${SAMPLE_REVIEW_ID}/plan`],
  ['next review', `/reviews/${SAMPLE_REVIEW_ID}/next`],
  ['not found', '/nowhere'],
].map(([name, path]) => ({ name: name as string, path: path as string }))
