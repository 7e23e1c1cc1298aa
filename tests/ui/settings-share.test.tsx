import { fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../src/db/database'
import { getDeviceId } from '../../src/db/device'
import { unexportedChanges } from '../../src/db/exchange'
import { listReviews } from '../../src/db/read'
import { eraseEverything } from '../../src/db/remove'
import { createReview } from '../../src/db/reviews'
import { startVisit } from '../../src/db/visits'
import { clearDatabase } from '../support/database'
import { openAt, signIn } from './helpers'

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})

async function review(hostSchool: string) {
  const id = await createReview({ hostSchool, cluster: '', startDate: '', endDate: '' }, null)
  await startVisit(id, 'lesson-visit')
  return id
}

describe('settings', () => {
  it('removing a review warns with its unexported changes, and removes only that review', async () => {
    await review('Elm Academy')
    await review('Ash Primary')
    openAt('/settings')
    fireEvent.click(
      await screen.findByRole('button', { name: 'Remove Elm Academy from this device' }),
    )
    expect(screen.getByText(/3 changes have not been exported and will be lost/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }))
    await waitFor(async () => {
      expect((await listReviews()).map((r) => r.data.hostSchool)).toEqual(['Ash Primary'])
    })
    expect(
      await screen.findByText('The review of Elm Academy was removed from this device.'),
    ).toBeTruthy()
    // The device counter survives, so numbers are never reused.
    expect((await db.meta.get('counter'))?.value).toBeGreaterThan(0)
  })

  it('cancelling the removal keeps the review', async () => {
    await review('Elm Academy')
    openAt('/settings')
    fireEvent.click(
      await screen.findByRole('button', { name: 'Remove Elm Academy from this device' }),
    )
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('button', { name: 'Yes, remove it' })).toBeNull()
    expect(await listReviews()).toHaveLength(1)
  })

  it('says whether storage is persistent and what that means', async () => {
    openAt('/settings')
    expect(await screen.findByText(/has not promised to keep|has promised to keep/)).toBeTruthy()
    expect(screen.getByText(/App version/)).toBeTruthy()
    const choice = screen.getByRole('group', { name: 'Language' })
    expect(within(choice).getByRole('button', { name: 'English', pressed: true })).toBeTruthy()
    expect(within(choice).getByRole('button', { name: 'Cymraeg', pressed: false })).toBeTruthy()
  })

  it('erasing everything also forgets this device’s id', async () => {
    await review('Elm Academy')
    const before = await getDeviceId()
    localStorage.setItem('review-day:unsaved:x', '{}')
    await eraseEverything()
    expect(await db.records.count()).toBe(0)
    expect(await db.meta.count()).toBe(0)
    expect(localStorage.getItem('review-day:unsaved:x')).toBeNull()
    expect(await getDeviceId()).not.toBe(before)
  })
})

describe('export', () => {
  it('seals by default and refuses a short or mistyped passphrase with a reason', async () => {
    const id = await review('Elm Academy')
    openAt(`/reviews/${id}/share`)
    const pass = await screen.findByLabelText('Passphrase')
    fireEvent.input(pass, { target: { value: 'short' } })
    fireEvent.click(screen.getByRole('button', { name: 'Seal and make the bundle' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/at least 10 characters/)
    // Long enough, but among the first anyone would try: refused with a kind sentence.
    fireEvent.input(pass, { target: { value: 'password12' } })
    fireEvent.input(screen.getByLabelText('Passphrase again'), { target: { value: 'password12' } })
    fireEvent.click(screen.getByRole('button', { name: 'Seal and make the bundle' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /one of the first that people try/,
    )
    fireEvent.input(pass, { target: { value: 'maple river lantern' } })
    fireEvent.input(screen.getByLabelText('Passphrase again'), {
      target: { value: 'maple river lanterns' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Seal and make the bundle' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/not the same/)
    expect(screen.getByText(/Send the passphrase another way/)).toBeTruthy()
  })

  it('shows the export controls only with the lines above them, so nothing moves under a tap', async () => {
    const id = await review('Elm Academy')
    // What the screen said when the first tap target appeared, caught as that render lands.
    let whenControlsAppeared: string | undefined
    const observer = new MutationObserver(() => {
      if (whenControlsAppeared === undefined && document.querySelector('main input, main button'))
        whenControlsAppeared = document.querySelector('main')?.textContent ?? ''
    })
    observer.observe(document.body, { childList: true, subtree: true })
    openAt(`/reviews/${id}/share`)
    await screen.findByLabelText('Export without a passphrase')
    observer.disconnect()
    expect(whenControlsAppeared).toContain('3 records changed since you last exported this review.')
    expect(whenControlsAppeared).toContain('No conflicts: everyone’s changes fitted together.')
  })

  it('warns clearly before an unsealed export', async () => {
    const id = await review('Elm Academy')
    openAt(`/reviews/${id}/share`)
    fireEvent.click(await screen.findByLabelText('Export without a passphrase'))
    expect(screen.getByText(/anyone who gets the file can read every note/)).toBeTruthy()
    expect(screen.queryByLabelText('Passphrase')).toBeNull()
    expect(screen.getByRole('button', { name: 'Export this review' })).toBeTruthy()
  })
})

describe('sending the file', () => {
  /** The share screen with an unsealed bundle made, and the share sheet under the test's control. */
  async function readyToSend(share: (data: ShareData) => Promise<void>) {
    const id = await review('Elm Academy')
    Object.defineProperty(navigator, 'canShare', { value: () => true, configurable: true })
    Object.defineProperty(navigator, 'share', { value: vi.fn(share), configurable: true })
    const madeUrl = vi.spyOn(URL, 'createObjectURL')
    openAt(`/reviews/${id}/share`)
    fireEvent.click(await screen.findByLabelText('Export without a passphrase'))
    fireEvent.click(screen.getByRole('button', { name: 'Export this review' }))
    const button = await screen.findByRole('button', { name: 'Share or save the file' })
    return { id, button, madeUrl, shared: navigator.share as ReturnType<typeof vi.fn> }
  }
  afterEach(() => {
    vi.restoreAllMocks()
    Reflect.deleteProperty(navigator, 'canShare')
    Reflect.deleteProperty(navigator, 'share')
  })

  it('a second tap while the share sheet is open sends nothing, and a cancelled sheet counts nothing as sent', async () => {
    let cancel = () => {}
    const { id, button, madeUrl, shared } = await readyToSend(
      () =>
        new Promise((_, reject) => {
          cancel = () => reject(new DOMException('Share canceled', 'AbortError'))
        }),
    )
    fireEvent.click(button)
    fireEvent.click(button)
    await waitFor(() => expect(shared).toHaveBeenCalledTimes(1))
    cancel()
    expect(await screen.findByText('Sharing was cancelled. Nothing was sent.')).toBeTruthy()
    expect(madeUrl).not.toHaveBeenCalled()
    expect((await unexportedChanges(id)).count).toBe(3)
  })

  it('a share refused because another sheet is open is not a download, and not counted as sent', async () => {
    const { id, button, madeUrl } = await readyToSend(() =>
      Promise.reject(
        new DOMException('An earlier share has not yet completed.', 'InvalidStateError'),
      ),
    )
    fireEvent.click(button)
    expect(await screen.findByText('Sharing was cancelled. Nothing was sent.')).toBeTruthy()
    expect(madeUrl).not.toHaveBeenCalled()
    expect((await unexportedChanges(id)).count).toBe(3)
  })

  it('a shared file counts the review as sent', async () => {
    const { id, button } = await readyToSend(async () => {})
    fireEvent.click(button)
    expect(await screen.findByText(/^Bundle shared: /)).toBeTruthy()
    expect((await unexportedChanges(id)).count).toBe(0)
  })
})

describe('checking for updates', () => {
  /** A registration whose update() finds a new version that is still downloading. */
  function newVersionDownloading() {
    const worker = Object.assign(new EventTarget(), { state: 'installing' as ServiceWorkerState })
    const registration = {
      installing: null as EventTarget | null,
      waiting: null as EventTarget | null,
      update: async () => {
        registration.installing = worker
      },
    }
    Object.defineProperty(navigator, 'serviceWorker', {
      value: { getRegistration: async () => registration },
      configurable: true,
    })
    const finish = (state: ServiceWorkerState) => {
      worker.state = state
      registration.installing = null
      if (state === 'installed') registration.waiting = worker
      worker.dispatchEvent(new Event('statechange'))
    }
    return finish
  }
  afterEach(() => Reflect.deleteProperty(navigator, 'serviceWorker'))

  it('says a new version is downloading, then that an update is available, never "latest" before', async () => {
    const finish = newVersionDownloading()
    openAt('/settings')
    fireEvent.click(await screen.findByRole('button', { name: 'Check for updates' }))
    expect(await screen.findByText('A new version is downloading…')).toBeTruthy()
    expect(screen.queryByText('You have the latest version.')).toBeNull()
    finish('installed')
    expect(
      await screen.findByText('Update available', { selector: '[role="status"]' }),
    ).toBeTruthy()
  })

  it('says it could not check when the download fails', async () => {
    const finish = newVersionDownloading()
    openAt('/settings')
    fireEvent.click(await screen.findByRole('button', { name: 'Check for updates' }))
    await screen.findByText('A new version is downloading…')
    finish('redundant')
    expect(await screen.findByText(/^Could not check/)).toBeTruthy()
  })
})
