import { expect, it } from 'vitest'
import { bundlePeople } from '../../src/domain/people'

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
