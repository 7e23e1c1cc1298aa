import { test } from '@playwright/test'
import { firefox } from './firefox'
import { journeys } from './journeys'
import { runJourney } from './run-journey'
import { webkit } from './webkit'

// The core journeys in the engine this run is for (playwright.config.ts: ENGINE).
const launchers = { firefox, webkit }

for (const journey of journeys) {
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a test's fixtures from this pattern; these use none
  test(journey.name, async ({}, testInfo) => {
    const launcher = launchers[testInfo.project.name as keyof typeof launchers]
    await runJourney(journey, launcher, testInfo)
  })
}
