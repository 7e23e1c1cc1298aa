// Installing the app: the browser's offer becomes a button on the reviews list and in Settings, iOS
// gets the Home Screen how-to, and Settings says whether the app runs installed.
import { act, fireEvent, screen, waitFor } from '@testing-library/preact'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { install, watchInstallOffer } from '../../src/platform/install'
import { clearDatabase } from '../support/database'
import { openAt, signIn } from './helpers'

/** A beforeinstallprompt as Chromium sends it, whose dialog the person answers with `outcome`. */
function installOffer(outcome: 'accepted' | 'dismissed') {
  const event = new Event('beforeinstallprompt', { cancelable: true })
  const prompt = vi.fn(async () => {})
  Object.assign(event, { prompt, userChoice: Promise.resolve({ outcome }) })
  return { event, prompt }
}

/** Makes this page look like iOS Safari: `navigator.standalone` exists, true once installed. */
function iosSafari(installed: boolean) {
  Object.defineProperty(navigator, 'standalone', { value: installed, configurable: true })
}

beforeAll(() => watchInstallOffer())

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})

afterEach(async () => {
  Reflect.deleteProperty(navigator, 'standalone')
  await install() // uses up an offer a test left
})

describe('installing the app', () => {
  it('shows nothing to install where the browser makes no offer and is not iOS', async () => {
    openAt('/')
    await screen.findByRole('heading', { name: 'Reviews' })
    expect(screen.queryByRole('button', { name: 'Install Review Day' })).toBeNull()
    expect(screen.queryByText('Install Review Day')).toBeNull()
  })

  it('turns the browser’s offer into a button on the reviews list that asks once', async () => {
    openAt('/')
    await screen.findByRole('heading', { name: 'Reviews' })
    const { event, prompt } = installOffer('accepted')
    act(() => {
      window.dispatchEvent(event)
    })
    // The browser's own bar is held back: the button asks when the person chooses.
    expect(event.defaultPrevented).toBe(true)
    fireEvent.click(await screen.findByRole('button', { name: 'Install Review Day' }))
    expect(prompt).toHaveBeenCalledOnce()
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Install Review Day' })).toBeNull(),
    )
  })

  it('offers installing in Settings too, and says the app runs in the browser', async () => {
    const { event } = installOffer('dismissed')
    window.dispatchEvent(event)
    openAt('/settings')
    expect(await screen.findByRole('button', { name: 'Install Review Day' })).toBeTruthy()
    expect(
      screen.getByText('Review Day is running in the browser, not as an installed app.'),
    ).toBeTruthy()
  })

  it('explains Add to Home Screen on iOS Safari, and why', async () => {
    iosSafari(false)
    openAt('/')
    await screen.findByRole('heading', { name: 'Reviews' })
    fireEvent.click(screen.getByText('Install Review Day'))
    expect(screen.getByText(/Tap the Share button/)).toBeTruthy()
    expect(screen.getByText('Choose Add to Home Screen, then Add.')).toBeTruthy()
    expect(screen.getByText(/Safari may clear the notes of a website/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Install Review Day' })).toBeNull()
  })

  it('says so in Settings when running installed from the iOS Home Screen, with no how-to', async () => {
    iosSafari(true)
    openAt('/settings')
    expect(await screen.findByText('Review Day is running as an installed app.')).toBeTruthy()
    expect(screen.queryByText('Install Review Day')).toBeNull()
  })
})
