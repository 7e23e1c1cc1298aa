import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { TestInfo } from '@playwright/test'
import { startServer } from '../e2e/serve.mjs'
import type { Driver, Journey } from './driver'

/** A driver on a profile of its own, which the runner closes after the journey. */
export interface ProfileDriver extends Driver {
  close(): Promise<void>
}

/** Opens fresh browser profiles on an origin; each keeps its files (downloads…) under `dir`. */
export interface Launcher {
  newProfile(origin: string, dir: string): Promise<ProfileDriver>
}

const root = new URL('../..', import.meta.url).pathname

/**
 * Runs one journey in one engine: its own server on a free port (an origin of its own: its own
 * service worker, caches and storage), fresh profiles as it asks for them. When it fails, every
 * open profile's screen is saved to the test's output folder; everything is closed either way.
 */
export async function runJourney(
  journey: Journey,
  launcher: Launcher,
  testInfo: TestInfo,
): Promise<void> {
  const server = await startServer({ dir: join(root, 'dist') })
  let serverUp = true
  const stopServer = async () => {
    if (serverUp) await server.close()
    serverUp = false
  }
  const profiles: { name: string; driver: ProfileDriver }[] = []
  try {
    await journey.run({
      origin: server.url,
      stopServer,
      newProfile: async (name) => {
        const dir = testInfo.outputPath(name)
        mkdirSync(dir, { recursive: true })
        const driver = await launcher.newProfile(server.url, dir)
        profiles.push({ name, driver })
        return driver
      },
    })
  } catch (error) {
    for (const { name, driver } of profiles) {
      const path = testInfo.outputPath(`${name}-failed.png`)
      try {
        await driver.screenshot(path)
        await testInfo.attach(`${name} when it failed`, { path, contentType: 'image/png' })
      } catch {
        // A browser that crashed cannot show its screen; the error below says what happened.
      }
    }
    throw error
  } finally {
    for (const { driver } of profiles) await driver.close().catch(() => {})
    await stopServer()
  }
}
