import { describe, expect, it } from 'vitest'
import { bundlePeople, peopleFromBundle } from '../../src/domain/people'

const ME = 'dddddddd-0000-4000-8000-000000000001'
const BEN = 'dddddddd-0000-4000-8000-000000000002'
const CAI = 'dddddddd-0000-4000-8000-000000000003'
const UNKNOWN = 'dddddddd-0000-4000-8000-000000000009'

it('names every known author of a version in the bundle, and this device as its profile says', () => {
  const records = [{ versions: [{ by: ME }, { by: BEN }] }, { versions: [{ by: UNKNOWN }] }]
  const known = [
    { deviceId: BEN, name: 'Ben Lead', school: 'Ash', role: 'lead-reviewer' as const },
    // Cai wrote nothing in these records: a bundle does not carry the whole directory.
    { deviceId: CAI, name: 'Cai', school: 'Birch', role: 'reviewer' as const },
  ]
  const me = { deviceId: ME, name: 'Ann', school: 'Oak', role: 'host' as const }
  expect(bundlePeople(records, known, me)).toEqual({
    [BEN]: { name: 'Ben Lead', school: 'Ash', role: 'lead-reviewer' },
    [ME]: { name: 'Ann', school: 'Oak', role: 'host' },
  })
})

describe('a bundle renames a person only from their own device, and only when newer', () => {
  const ann = { name: 'Ann', school: 'Oak', role: 'host' as const }
  const bundle = (from: string, createdAt: string, people: Record<string, typeof ann>) => ({
    from: { deviceId: from },
    createdAt,
    people,
  })
  const known = new Map([
    [BEN, { deviceId: BEN, name: 'Ben Lead', school: 'Ash', role: 'lead-reviewer' as const }],
  ])
  const lookup = (id: string) => known.get(id)

  it('a relayed bundle cannot rename anyone it knows, and fills only the gaps', () => {
    const relayed = bundle(CAI, '2026-12-01T10:00:00.000Z', {
      [BEN]: { ...ann, name: 'Not Ben' },
      [UNKNOWN]: { ...ann, name: 'Newcomer' },
      [ME]: { ...ann, name: 'Not me' },
    })
    expect(peopleFromBundle(relayed, lookup, ME)).toEqual([
      { deviceId: UNKNOWN, ...ann, name: 'Newcomer' },
    ])
  })

  it("a person's own newer bundle renames them, an older one does not", () => {
    const held = {
      deviceId: BEN,
      name: 'Ben Lead',
      school: 'Ash',
      role: 'lead-reviewer' as const,
      updatedAt: '2026-12-01T10:00:00.000Z',
    }
    const mine = (id: string) => (id === BEN ? held : undefined)
    const newer = bundle(BEN, '2026-12-02T10:00:00.000Z', { [BEN]: { ...ann, name: 'Ben L.' } })
    expect(peopleFromBundle(newer, mine, ME)).toEqual([
      { deviceId: BEN, ...ann, name: 'Ben L.', updatedAt: '2026-12-02T10:00:00.000Z' },
    ])
    const older = bundle(BEN, '2026-11-30T10:00:00.000Z', { [BEN]: { ...ann, name: 'Old Ben' } })
    expect(peopleFromBundle(older, mine, ME)).toEqual([])
  })
})
