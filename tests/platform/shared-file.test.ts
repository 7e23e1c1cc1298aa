// The import screen's reading of what the share target said (public/share-target.js).
import { describe, expect, it } from 'vitest'
import { sharedArrival, sharedOthers } from '../../src/platform/shared-file'

describe('a share from another app', () => {
  it('says whether the file arrived', () => {
    expect(sharedArrival('?shared=1')).toBe('arrived')
    expect(sharedArrival('?shared=missing')).toBe('missing')
    expect(sharedArrival('')).toBeNull()
  })

  it('counts the other files shared with the one kept, reading nothing else as a count', () => {
    expect(sharedOthers('?shared=1&others=2')).toBe(2)
    expect(sharedOthers('?shared=1')).toBe(0)
    for (const bad of ['-1', '1.5', 'two', '', 'Infinity']) {
      expect(sharedOthers(`?shared=1&others=${bad}`)).toBe(0)
    }
    expect(sharedOthers('?shared=1&others=100000')).toBe(999)
  })
})
