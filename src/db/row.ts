// The stored row of a record: its versions plus index fields derived from the winner, so lists,
// counts and conflicts are found through indexes without decoding every record.
import { isConflicted, type Version, winner } from '../domain/merge'
import type { RecordRow } from './database'

/** Row fields derived from the versions, so lists and counts never decode every record. */
export function rowOf(
  base: Pick<RecordRow, 'id' | 'kind' | 'reviewId'>,
  versions: Version[],
  seq: number,
): RecordRow {
  const top = winner(versions)
  return {
    id: base.id,
    kind: base.kind,
    reviewId: base.reviewId,
    versions,
    updatedAt: top.at,
    deleted: top.deleted ? 1 : 0,
    ...(isConflicted(versions) ? { conflicted: 1 } : {}),
    seq,
  }
}
