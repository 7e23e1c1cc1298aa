import { describe, expect, it } from 'vitest'
import {
  type Author,
  ConflictError,
  createVersion,
  isConflicted,
  localDelete,
  localEdit,
  mergeVersions,
  resolve,
  sameVersion,
  winner,
} from '../../src/domain/merge'
import { compareClocks } from '../../src/domain/version-vector'
import { expectSameSet, keys, type Note, t, v, vs } from './notation'

const by = (deviceId: string, fresh: number, at = t(30)): Author => ({ deviceId, fresh, at })

describe('merging the versions of one record', () => {
  // [behaviour, local versions, incoming versions, expected survivors]
  const cases: [string, string[], string[], string[]][] = [
    ['importing a version already held changes nothing', ['A:1'], ['A:1'], ['A:1']],
    ['an older copy of my own edit does not undo it', ['A:2'], ['A:1'], ['A:2']],
    ['an edit made after seeing mine replaces mine', ['A:1'], ['A:1,B:1'], ['A:1,B:1']],
    ['a missing clock entry counts as zero', ['B:1'], ['A:1,B:1'], ['A:1,B:1']],
    [
      'edits made without seeing each other are both kept',
      ['A:2'],
      ['A:1,B:1'],
      ['A:2', 'A:1,B:1'],
    ],
    [
      'equal clocks with different content are two versions, both kept',
      ['A:1 =mine'],
      ['A:1 =theirs'],
      ['A:1 =mine', 'A:1 =theirs'],
    ],
    [
      'equal clocks with a different time are two versions, both kept',
      ['A:1@t1'],
      ['A:1@t2'],
      ['A:1@t1', 'A:1@t2'],
    ],
    [
      'a delete concurrent with an edit is a conflict, not a silent loss',
      ['A:2 deleted'],
      ['A:1,B:1 =edited'],
      ['A:2 deleted', 'A:1,B:1 =edited'],
    ],
    [
      'a delete made after seeing the edit removes it',
      ['A:1'],
      ['A:1,B:1 deleted'],
      ['A:1,B:1 deleted'],
    ],
    [
      'an edit made after seeing the delete brings the record back',
      ['A:1 deleted'],
      ['A:1,B:1 =back'],
      ['A:1,B:1 =back'],
    ],
    [
      'a resolution replaces every version it was made from',
      ['A:2', 'A:1,B:1'],
      ['A:2,B:2'],
      ['A:2,B:2'],
    ],
    [
      'a later edit of one side of a conflict leaves the conflict standing',
      ['A:2', 'A:1,B:1'],
      ['A:1,B:2'],
      ['A:2', 'A:1,B:2'],
    ],
    [
      'three devices editing apart give three versions',
      ['A:1,B:1'],
      ['A:1,C:1', 'A:1,D:1'],
      ['A:1,B:1', 'A:1,C:1', 'A:1,D:1'],
    ],
    [
      'a version that saw every side replaces all of them',
      ['A:1,B:1', 'A:1,C:1'],
      ['A:1,B:1,C:1'],
      ['A:1,B:1,C:1'],
    ],
    ['a new record arrives whole', [], ['A:1'], ['A:1']],
    ['nothing incoming keeps what we have', ['A:1', 'B:1'], [], ['A:1', 'B:1']],
    ['the same version twice in a bundle is kept once', [], ['A:1', 'A:1'], ['A:1']],
    ['a bundle holding an old and a new version keeps the new', [], ['A:1', 'A:2'], ['A:2']],
  ]

  it.each(cases)('%s', (_behaviour, local, incoming, expected) => {
    const merged = mergeVersions(vs(local), vs(incoming))
    expectSameSet(merged, vs(expected))
    // Importing in either direction gives the same record.
    expectSameSet(mergeVersions(vs(incoming), vs(local)), vs(expected))
  })

  it('gives the same result in the same order on every device', () => {
    const a = mergeVersions(vs(['A:2', 'B:1 =x']), vs(['A:1,C:1']))
    const b = mergeVersions(vs(['A:1,C:1']), vs(['B:1 =x', 'A:2']))
    expect(a).toEqual(b)
  })

  it('counts a record as conflicted only when it has more than one version', () => {
    expect(isConflicted(vs(['A:1']))).toBe(false)
    expect(isConflicted(mergeVersions(vs(['A:1 =x']), vs(['A:1 =y'])))).toBe(true)
  })

  it('treats versions as the same only when clock and content agree', () => {
    expect(sameVersion(v('A:1,B:2 =x'), v('B:2,A:1 =x'))).toBe(true)
    expect(sameVersion(v('A:1 =x'), v('A:1 =y'))).toBe(false)
    expect(sameVersion(v('A:1 =x'), v('A:2 =x'))).toBe(false)
    expect(sameVersion(v('A:1'), v('A:1 deleted'))).toBe(false)
  })
})

describe('the version shown (winner)', () => {
  // [behaviour, versions, expected winner]
  const cases: [string, string[], string][] = [
    ['the later wall time wins whatever the clocks say', ['A:5@t1', 'B:1@t2'], 'B:1@t2'],
    ['at the same time the larger deviceId wins', ['A:1@t1', 'B:1@t1'], 'B:1@t1'],
    [
      'at the same time and device the content decides',
      ['A:1@t1 =apple', 'A:1@t1 =pear'],
      'A:1@t1 =pear',
    ],
    ['a tombstone can be the winner', ['A:2@t1', 'B:1@t9 deleted'], 'B:1@t9 deleted'],
    ['a single version is its own winner', ['A:1'], 'A:1'],
  ]

  it.each(cases)('%s', (_behaviour, versions, expected) => {
    const all = vs(versions)
    expect(keys([winner(all)])).toEqual(keys([v(expected)]))
    expect(keys([winner([...all].reverse())])).toEqual(keys([v(expected)]))
  })

  it('compares wall times as instants, whatever offset a device wrote them with', () => {
    // 10:30 at +01:00 is 09:30Z, which is before 09:45Z although it sorts after it as text.
    const summer = { ...v('A:1'), at: '2026-06-01T10:30:00+01:00' }
    const utc = { ...v('B:1'), at: '2026-06-01T09:45:00Z' }
    expect(winner([summer, utc])).toBe(utc)
    expect(winner([utc, summer])).toBe(utc)
  })

  it('refuses a record with no versions', () => {
    expect(() => winner([])).toThrow()
  })
})

describe('editing on this device', () => {
  it('a new record starts with one version carrying this device’s fresh number', () => {
    const created = createVersion<Note>({ text: 'first' }, by('A', 7))
    expect(created.clock).toEqual({ A: 7 })
    expect(created.by).toBe('A')
    expect(created.deleted).toBe(false)
  })

  it('an edit keeps the other devices’ entries and sets ours to the fresh number', () => {
    const [edited, ...rest] = localEdit(vs(['A:1,B:3']), { text: 'new' }, by('A', 9))
    expect(rest).toEqual([])
    expect(edited?.clock).toEqual({ A: 9, B: 3 })
    expect(edited?.data).toEqual({ text: 'new' })
    expect(edited?.at).toBe(t(30))
  })

  it('an edit replaces the version it was made from when merged', () => {
    const before = vs(['A:1,B:3'])
    const after = localEdit(before, { text: 'new' }, by('A', 9))
    expectSameSet(mergeVersions(before, after), after)
  })

  it('a delete is a tombstone that keeps the last data', () => {
    const [tomb] = localDelete(vs(['B:2 =kept']), by('A', 4))
    expect(tomb?.deleted).toBe(true)
    expect(tomb?.data).toEqual({ text: 'kept' })
    expect(tomb?.clock).toEqual({ A: 4, B: 2 })
  })

  it('a conflicted record cannot be edited in place', () => {
    const conflicted = vs(['A:2', 'A:1,B:1'])
    expect(() => localEdit(conflicted, { text: 'x' }, by('A', 10))).toThrow(ConflictError)
    expect(() => localDelete(conflicted, by('A', 10))).toThrow(ConflictError)
  })

  it('a number this device already used in the record is not fresh', () => {
    expect(() => localEdit(vs(['A:5,B:1']), { text: 'x' }, by('A', 5))).toThrow()
    expect(() => localEdit(vs(['A:5,B:1']), { text: 'x' }, by('A', 4))).toThrow()
    expect(() => localDelete(vs(['A:5']), by('A', 5))).toThrow()
  })

  it('a counter that is not a whole number from 1 is refused', () => {
    for (const fresh of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createVersion({ text: 'x' }, by('A', fresh))).toThrow()
      expect(() => localEdit(vs(['B:1']), { text: 'x' }, by('A', fresh))).toThrow()
    }
  })
})

describe('resolving a conflict', () => {
  const conflict = vs(['A:3,C:1 =ours', 'A:1,B:4 =theirs', 'A:1,C:2 deleted'])

  it('writes one version whose clock is above every version it resolves', () => {
    const [resolved, ...rest] = resolve(conflict, { data: { text: 'both' } }, by('C', 9))
    expect(rest).toEqual([])
    if (!resolved) throw new Error('no version')
    for (const version of conflict) {
      expect(compareClocks(version.clock, resolved.clock)).toBe('before')
    }
    expect(resolved.clock).toEqual({ A: 3, B: 4, C: 9 })
    expect(resolved.by).toBe('C')
    expect(resolved.deleted).toBe(false)
  })

  it('makes the conflict disappear everywhere the resolution arrives', () => {
    const resolution = resolve(conflict, { data: { text: 'ours' } }, by('B', 5))
    expectSameSet(mergeVersions(conflict, resolution), resolution)
    expectSameSet(mergeVersions(resolution, conflict), resolution)
  })

  it('can keep the delete', () => {
    const [resolved] = resolve(conflict, { data: { text: '' }, deleted: true }, by('A', 4))
    expect(resolved?.deleted).toBe(true)
  })

  it('needs a number larger than any entry this device has in the versions', () => {
    expect(() => resolve(conflict, { data: { text: 'x' } }, by('C', 2))).toThrow()
    expect(() => resolve(conflict, { data: { text: 'x' } }, by('B', 4))).toThrow()
  })

  it('needs something to resolve', () => {
    expect(() => resolve([], { data: { text: 'x' } }, by('A', 1))).toThrow()
  })
})
