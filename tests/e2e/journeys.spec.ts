import { journeys } from '../engines/journeys'
import { chromium } from '../engines/playwright-driver'
import { runJourney } from '../engines/run-journey'
import { test } from './fixtures'

// The core journeys every engine runs (tests/engines/journeys.ts), here in Chromium with the rest
// of the browser tests. Firefox and WebKit run the same journeys from tests/engines/.
test.describe.configure({ timeout: 240_000 })

for (const journey of journeys) {
  test(`journey: ${journey.name}`, async ({ browser }, testInfo) => {
    await runJourney(journey, chromium(browser), testInfo)
  })
}
