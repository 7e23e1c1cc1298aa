import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { en } from '../../src/ui/messages/en'
import type { Entry } from '../../src/ui/messages/format'
import { SAMPLE_IDS, SAMPLE_REVIEW_ID } from '../fixtures/sample-review'
import {
  expect,
  expectNoSeriousA11yViolations,
  test,
  waitForServiceWorkerControl,
} from './fixtures'
import { SCREENS } from './screens'

// The whole app in Cymraeg (issue 12): every screen with the Welsh sample review, checked for any
// English catalogue sentence left visible, for html[lang], for a 360 px phone and for axe, light
// and dark; and the choice itself: kept over a reload and an offline start, applied without
// losing what is typed.
const PHONE = { width: 360, height: 780 }
const VISIT = `/reviews/${SAMPLE_REVIEW_ID}/visits/${SAMPLE_IDS.visit}`

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/**
 * Every English sentence of the catalogue as a pattern for a whole visible text, placeholders
 * matching anything. A template whose own words are too few to tell it from a Welsh sentence
 * ("{date} at {time}", "by {name}": fewer than four letters) is left out, as are entries with no
 * words at all ("{what} ({count})"), which read the same in both languages.
 */
/** A catalogue template as a pattern: a count stands for digits only, any other placeholder for any text. */
function templatePattern(text: string): RegExp {
  const parts = text.trim().split(/(\{\w+\})/)
  const source = parts
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1]
      if (name === undefined) return literal(part)
      return name === 'count' || name === 'n' ? '[\\d\\s.,]+' : '.+'
    })
    .join('')
  return new RegExp(`^${source}$`, 's')
}
const ENGLISH = Object.entries(en as Record<string, Entry>).flatMap(([key, entry]) =>
  (typeof entry === 'string' ? [entry] : Object.values(entry))
    .filter((text): text is string => typeof text === 'string')
    .filter((text) => {
      const letters = text.replace(/\{\w+\}/g, '').match(/\p{L}/gu)?.length ?? 0
      return text.includes('{') ? letters >= 4 : letters > 0
    })
    .map((text) => ({
      key,
      pattern: templatePattern(text),
    })),
)

/** Each text a person can see or hear on the page: text nodes, leaf elements, labels, options. */
function visibleTexts(): string[] {
  const found = new Set<string>()
  const add = (text: string | null | undefined) => {
    const trimmed = text?.trim()
    if (trimmed) found.add(trimmed)
  }
  const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true })
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    if (parent && !['SCRIPT', 'STYLE', 'TEXTAREA'].includes(parent.tagName) && shown(parent)) {
      add(node.textContent)
    }
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (el.tagName === 'OPTION') add(el.textContent)
    if (!shown(el)) continue
    if (el.children.length === 0 && el.tagName !== 'TEXTAREA') add(el.textContent)
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) add(el.getAttribute(name))
  }
  return [...found]
}

/** What is wrong with the screen at 360 px: a sideways scroll, a button whose label is cut off. */
function layoutProblems(): string[] {
  const problems: string[] = []
  const width = document.documentElement.clientWidth
  if (document.documentElement.scrollWidth > width) {
    problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`)
  }
  for (const el of document.querySelectorAll<HTMLElement>('button, a.button, summary')) {
    const box = el.getBoundingClientRect()
    if (!el.checkVisibility({ visibilityProperty: true }) || box.width <= 1) continue
    const label = el.textContent?.trim() ?? ''
    if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
      problems.push(`label cut off: “${label}”`)
    }
    if (box.right > width + 0.5 || box.left < -0.5) problems.push(`off the screen: “${label}”`)
  }
  return problems
}

/** Waits for the screen's words and content, then checks it is all Welsh and marked so. */
async function expectWelsh(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  await expect(page.getByText('Wrthi’n llwytho…')).toHaveCount(0)
  await expect(page.locator('html'), `html[lang] on ${name}`).toHaveAttribute('lang', 'cy')
  const texts = [await page.title(), ...(await page.evaluate(visibleTexts))]
  const english = texts.flatMap((text) =>
    ENGLISH.filter((e) => e.pattern.test(text)).map((e) => `“${text}” (${e.key})`),
  )
  expect.soft(english, `English left on the ${name} screen`).toEqual([])
}

/** The first run in Welsh: Cymraeg chosen before “Who are you?”, then the profile in Welsh. */
async function startInWelsh(page: Page) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Cymraeg' }).click()
  await expect(page.getByRole('heading', { name: 'Pwy ydych chi?' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Cymraeg', pressed: true })).toHaveAttribute(
    'lang',
    'cy',
  )
}

async function sayWhoIAmInWelsh(page: Page) {
  await page.getByLabel('Eich enw').fill('Siân Adolygydd')
  await page.getByLabel('Eich ysgol').fill('Ysgol y Wern')
  await page.getByRole('button', { name: 'Cadw' }).click()
  await expect(page.getByRole('heading', { name: 'Adolygiadau' })).toBeVisible()
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen in Welsh at 360 px, ${scheme}: no English, lang cy, nothing cut off, axe-clean`, async ({
    page,
  }) => {
    test.setTimeout(300_000)
    await page.setViewportSize(PHONE)
    await page.emulateMedia({ colorScheme: scheme })
    await startInWelsh(page)
    expect(await page.title()).toBe('Diwrnod Adolygu')
    await expectWelsh(page, 'who are you')
    expect.soft(await page.evaluate(layoutProblems), 'who are you').toEqual([])
    await expectNoSeriousA11yViolations(page)
    await sayWhoIAmInWelsh(page)
    await page.getByRole('button', { name: 'Rhowch gynnig ar enghraifft o adolygiad' }).click()
    await expect(page.getByRole('heading', { name: 'Ymweliadau' })).toBeVisible()
    // The Welsh sample was loaded: its host school is the Welsh one.
    await expect(page.getByText('Ysgol Gynradd Bryn Teg (enghraifft)').first()).toBeVisible()
    for (const { name, path } of SCREENS) {
      await page.goto(path)
      await expectWelsh(page, name)
      expect.soft(await page.evaluate(layoutProblems), `${name} at 360 px`).toEqual([])
      await expectNoSeriousA11yViolations(page)
    }
  })
}

test('the choice survives a reload and an offline start, and a Welsh browser starts in Welsh', async ({
  page,
  context,
  browser,
}) => {
  await startInWelsh(page)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Pwy ydych chi?' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await waitForServiceWorkerControl(page)
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Pwy ydych chi?' })).toBeVisible()
  await sayWhoIAmInWelsh(page)
  // A lazy screen's words (the rest of the Welsh catalogue) come from the precache too.
  await page.goto('/settings')
  await expect(page.getByRole('heading', { name: 'Gosodiadau', level: 1 })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await context.setOffline(false)

  const welshBrowser = await browser.newContext({ locale: 'cy-GB' })
  const welshPage = await welshBrowser.newPage()
  await welshPage.goto(page.url().replace(/\/settings$/, '/'))
  await expect(welshPage.getByRole('heading', { name: 'Pwy ydych chi?' })).toBeVisible()
  await welshBrowser.close()
})

test('switching language keeps what is typed: a half-typed name, a half-typed note', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByLabel('Your name').fill('Siân Hanner')
  await page.getByRole('button', { name: 'Cymraeg' }).click()
  await expect(page.getByRole('heading', { name: 'Pwy ydych chi?' })).toBeVisible()
  await expect(page.getByLabel('Eich enw')).toHaveValue('Siân Hanner')
  await page.getByLabel('Eich ysgol').fill('Ysgol y Wern')
  await page.getByRole('button', { name: 'Cadw' }).click()
  await page.getByRole('button', { name: 'Rhowch gynnig ar enghraifft o adolygiad' }).click()
  await expect(page.getByRole('heading', { name: 'Ymweliadau' })).toBeVisible()

  await page.goto(VISIT)
  const note = 'Roedd y disgyblion yn egluro eu'
  await page.getByLabel('Nodyn', { exact: true }).fill(note)
  await page.getByRole('link', { name: 'Gosodiadau' }).click()
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
  await page.goBack()
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue(note)
})

// The conflict screen is not in SCREENS: the sample has no conflict. Here the Welsh sample arrives
// with its focus also changed apart on a second phone, so the focus holds two concurrent versions.
test('the conflict screen in Welsh: a focus changed apart, shown and combined, with no English', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000)
  await page.setViewportSize(PHONE)
  await startInWelsh(page)
  await sayWhoIAmInWelsh(page)
  const path = await sampleWithConflict(testInfo.outputPath('sample-conflict.cy.json'))
  await page.goto('/import')
  await page.getByLabel('Dewis ffeil bwndel').setInputFiles(path.file)
  await page.getByRole('button', { name: 'Mewnforio', exact: true }).click()
  await expect(page.getByText(/^Wedi mewnforio bwndel/)).toBeVisible()
  await page.goto(`/reviews/${SAMPLE_REVIEW_ID}/conflicts/${path.focusId}`)
  await expect(page.getByText(OTHER_TEXT).first()).toBeVisible()
  await expectWelsh(page, 'conflict')
  expect.soft(await page.evaluate(layoutProblems), 'conflict at 360 px').toEqual([])
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Cyfuno: cadw pob testun o bob fersiwn' }).click()
  await expect(page.getByRole('button', { name: 'Cadw’r fersiwn gyfunol' })).toBeVisible()
  await expectWelsh(page, 'conflict, combined')
  expect.soft(await page.evaluate(layoutProblems), 'combined at 360 px').toEqual([])
  await expectNoSeriousA11yViolations(page)
})

const OTHER_DEVICE = 'abcdef00-0000-4000-8000-0000000000d1'
const OTHER_TEXT = 'Ychwanegwyd y frawddeg hon ar ffôn arall.'

/** The Welsh sample, its focus also edited on another phone, as a file with a fresh id and digest. */
async function sampleWithConflict(file: string): Promise<{ file: string; focusId: string }> {
  type Version = {
    clock: Record<string, number>
    at: string
    by: string
    data: { context: string }
  }
  const bundle = JSON.parse(await readFile('public/sample-review.cy.json', 'utf8')) as {
    id: string
    people: Record<string, unknown>
    records: { kind: string; id: string; versions: Version[] }[]
    digest: string
  }
  const focus = bundle.records.find((r) => r.kind === 'focus')
  const [mine] = focus?.versions ?? []
  if (!focus || !mine) throw new Error('the sample has a focus')
  focus.versions.push({
    ...mine,
    clock: { [OTHER_DEVICE]: 1 },
    at: '2026-11-21T09:00:00.000Z',
    by: OTHER_DEVICE,
    data: { ...mine.data, context: `${mine.data.context} ${OTHER_TEXT}` },
  })
  bundle.id = 'abcdef00-0000-4000-8000-0000000000d2'
  bundle.people[OTHER_DEVICE] = {
    name: 'Ffion (enghraifft)',
    school: 'Ysgol y Wern',
    role: 'reviewer',
  }
  const hash = createHash('sha256').update(JSON.stringify(bundle.records), 'utf8').digest('base64')
  bundle.digest = `sha256-${hash}`
  await writeFile(file, JSON.stringify(bundle))
  return { file, focusId: focus.id }
}
