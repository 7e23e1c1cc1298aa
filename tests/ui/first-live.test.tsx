// The first screen draws from a plain read, then Dexie's live query takes over (src/ui/hooks/
// use-first-live.ts): the plain value shows at once, the live one replaces it, a plain value that
// arrives late never puts an older state back, and the reviews list follows writes afterwards.
import { render, screen, waitFor } from '@testing-library/preact'
import { beforeEach, expect, it, vi } from 'vitest'
import { createReview } from '../../src/db/reviews'
import { clearDatabase } from '../support/database'
import { openAt, signIn } from './helpers'

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})

/** A fresh copy of the hook: it remembers, per page, that Dexie has loaded. */
async function freshHook() {
  vi.resetModules()
  return (await import('../../src/ui/hooks/use-first-live')).useFirstLive
}

function deferred<T>() {
  let resolve = (_: T) => {}
  const promise = new Promise<T>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

it('shows the plain read first, then the live query', async () => {
  const useFirstLive = await freshHook()
  const query = deferred<() => Promise<string>>()
  function Probe() {
    return (
      <p>
        {useFirstLive(
          () => Promise.resolve('plain'),
          () => query.promise,
        ) ?? 'nothing'}
      </p>
    )
  }
  render(<Probe />)
  expect(await screen.findByText('plain')).toBeTruthy()
  query.resolve(() => Promise.resolve('live'))
  expect(await screen.findByText('live')).toBeTruthy()
})

it('keeps the live value when the plain read answers after it', async () => {
  const useFirstLive = await freshHook()
  const plain = deferred<string | undefined>()
  function Probe() {
    const value = useFirstLive(
      () => plain.promise,
      () => Promise.resolve(() => Promise.resolve('live')),
    )
    return <p>{value ?? 'nothing'}</p>
  }
  render(<Probe />)
  // Dexie loads anyway when the plain read is slow to answer.
  expect(await screen.findByText('live', undefined, { timeout: 4_000 })).toBeTruthy()
  plain.resolve('stale')
  await new Promise((r) => setTimeout(r, 50))
  expect(screen.queryByText('stale')).toBeNull()
  expect(screen.getByText('live')).toBeTruthy()
})

it('the reviews list, drawn at first without Dexie, shows a review written afterwards', async () => {
  await createReview(
    { hostSchool: 'Ash Primary', cluster: 'North', startDate: '', endDate: '' },
    null,
  )
  openAt('/')
  expect(await screen.findByRole('link', { name: /Ash Primary/ })).toBeTruthy()
  await createReview(
    { hostSchool: 'Birch Primary', cluster: 'North', startDate: '', endDate: '' },
    null,
  )
  await waitFor(() => expect(screen.getByRole('link', { name: /Birch Primary/ })).toBeTruthy())
})
