import { afterEach, describe, expect, it, vi } from 'vitest'
import { persistence, requestPersistence, storageEstimate } from '../../src/platform/storage'

function withStorage(storage: Partial<StorageManager> | undefined) {
  vi.stubGlobal('navigator', { storage })
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('storage where the browser has no Storage API', () => {
  it('reports persistence and usage as unsupported instead of throwing', async () => {
    withStorage(undefined)
    expect(await persistence()).toEqual({ supported: false, persisted: false })
    expect(await requestPersistence()).toEqual({ supported: false, persisted: false })
    expect(await storageEstimate()).toEqual({ supported: false, usage: null, quota: null })
  })
})

describe('asking for persistent storage', () => {
  it('does not ask again once storage is persistent', async () => {
    const persist = vi.fn(async () => true)
    withStorage({ persisted: async () => true, persist })
    expect(await requestPersistence()).toEqual({ supported: true, persisted: true })
    expect(persist).not.toHaveBeenCalled()
  })

  it('asks when not yet persistent and reports what the browser decided', async () => {
    const persist = vi.fn(async () => false)
    withStorage({ persisted: async () => false, persist })
    expect(await requestPersistence()).toEqual({ supported: true, persisted: false })
    expect(persist).toHaveBeenCalledOnce()
  })

  it('treats a browser error as not persisted', async () => {
    withStorage({
      persisted: async () => false,
      persist: async () => {
        throw new DOMException('denied', 'NotAllowedError')
      },
    })
    expect(await requestPersistence()).toEqual({ supported: true, persisted: false })
  })
})

describe('storage estimate', () => {
  it('passes usage and quota through as plain numbers', async () => {
    withStorage({ estimate: async () => ({ usage: 1200, quota: 50_000 }) })
    expect(await storageEstimate()).toEqual({ supported: true, usage: 1200, quota: 50_000 })
  })

  it('says null where the browser leaves a figure out', async () => {
    withStorage({ estimate: async () => ({}) })
    expect(await storageEstimate()).toEqual({ supported: true, usage: null, quota: null })
  })
})
