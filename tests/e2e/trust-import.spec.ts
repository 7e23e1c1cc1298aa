import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import type { Page, TestInfo } from '@playwright/test'
import { expect, firstRun, test } from './fixtures'

// Issue 10, items 4 to 7, through the import screen: a file cannot claim this device's work, an
// import says what it would delete or replace (named as this device knows it) and can be undone,
// only a person's own device renames them, and "already imported" means this very file.
test.use({ viewport: { width: 390, height: 844 } })
test.describe.configure({ timeout: 240_000 })

type Version = {
  clock: Record<string, number>
  at: string
  by: string
  deleted: boolean
  data: Record<string, unknown>
}
type BundleRecord = { kind: string; id: string; reviewId: string; versions: Version[] }
type Bundle = {
  id: string
  createdAt: string
  from: { deviceId: string; name: string; school: string }
  people: Record<string, { name: string; school: string; role: string }>
  records: BundleRecord[]
  digest: string
}

const RHYS = 'abcdef00-0000-4000-8000-0000000000b1'
const MALLORY = 'abcdef00-0000-4000-8000-0000000000c1'
const rhys = { name: 'Rhys Reviewer', school: 'Ash Primary', role: 'reviewer' }

/** The bundle as a file, its digest over exactly the records it carries. */
async function write(testInfo: TestInfo, name: string, bundle: Bundle): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(bundle.records), 'utf8').digest('base64')
  const path = testInfo.outputPath(`${name}.json`)
  await writeFile(path, JSON.stringify({ ...bundle, digest: `sha256-${hash}` }))
  return path
}

/** A version written by `by` over `v`, its clock one step on for that device. */
function by(v: Version, device: string, change: Partial<Version>): Version {
  return {
    ...v,
    clock: { ...v.clock, [device]: (v.clock[device] ?? 0) + 1 },
    at: '2026-12-02T10:00:00.000Z',
    by: device,
    ...change,
  }
}

/** A review of Elm Academy with one maths visit, exported unsealed: this device's own work. */
async function reviewHere(page: Page, testInfo: TestInfo): Promise<Bundle> {
  await page.getByRole('link', { name: 'New review' }).click()
  await page.getByLabel('Host school').fill('Elm Academy')
  await page.getByRole('button', { name: 'Create review' }).click()
  await page.getByRole('link', { name: 'Visits' }).click()
  await page.getByRole('button', { name: 'Start a visit' }).click()
  await page.getByLabel('Subject').fill('Maths')
  await page.getByLabel('Note', { exact: true }).fill('Pairs explain methods aloud')
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Pairs explain' })).toBeVisible()
  await expect(page.getByRole('status').getByText('Saved').last()).toBeVisible()
  await page.getByRole('link', { name: 'Share' }).click()
  await page.getByLabel('Export without a passphrase').check()
  await page.getByRole('button', { name: 'Export this review' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Share or save the file' }).click(),
  ])
  const path = testInfo.outputPath('mine.json')
  await download.saveAs(path)
  return JSON.parse(await readFile(path, 'utf8')) as Bundle
}

/** The same review as another device (`from`) sends it, with its records changed by `change`. */
function fromAnother(
  mine: Bundle,
  from: Bundle['from'],
  change: (record: BundleRecord) => Version[] | undefined,
  people: Bundle['people'] = { [from.deviceId]: { ...rhys, name: from.name } },
): Bundle {
  return {
    ...mine,
    id: crypto.randomUUID(),
    createdAt: '2026-12-02T10:00:00.000Z',
    from,
    people,
    records: mine.records.map((r) => ({ ...r, versions: change(r) ?? r.versions })),
  }
}

const visitOf = (b: Bundle) => b.records.find((r) => r.kind === 'visit') as BundleRecord

test('a file claiming this device made changes it never made is refused, naming the record', async ({
  page,
}, testInfo) => {
  await page.goto('/')
  await firstRun(page, { name: 'Hana Host', school: 'Elm Academy' })
  const mine = await reviewHere(page, testInfo)
  const me = mine.from.deviceId
  const forged = fromAnother(mine, { deviceId: RHYS, name: 'Rhys', school: 'Ash' }, (r) =>
    r.kind === 'visit'
      ? r.versions.map((v) =>
          by(v, me, { deleted: true, clock: { ...v.clock, [me]: 2 ** 31 - 1 } }),
        )
      : undefined,
  )
  await page
    .getByLabel('Choose a bundle file')
    .setInputFiles(await write(testInfo, 'forged', forged))
  await expect(page.getByRole('alert')).toHaveText(
    /this device made changes it never made \(A visit: Maths \(Elm Academy\)\)/,
  )
  await expect(page.getByRole('heading', { name: 'Import this bundle?' })).toHaveCount(0)
  // This device still saves: the counter was never touched.
  await page.getByRole('link', { name: 'Visits' }).click()
  await page.getByRole('link', { name: /Maths/ }).click()
  await page.getByLabel('Note', { exact: true }).fill('Still saving')
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Still saving' })).toBeVisible()
  await expect(page.getByRole('status').getByText('Saved').last()).toBeVisible()
})

test('the preview names what an import deletes and replaces, and the import can be undone', async ({
  page,
}, testInfo) => {
  await page.goto('/')
  await firstRun(page, { name: 'Hana Host', school: 'Elm Academy' })
  const mine = await reviewHere(page, testInfo)
  const rhysFrom = { deviceId: RHYS, name: 'Rhys Reviewer', school: 'Ash Primary' }
  const theirs = fromAnother(mine, rhysFrom, (r) => {
    const [v] = r.versions as [Version]
    if (r.kind === 'visit') return [by(v, RHYS, { deleted: true })]
    // The file also renames the review: the preview names it as this device does.
    if (r.kind === 'review') return [by(v, RHYS, { data: { ...v.data, hostSchool: 'Forged' } })]
    if (r.kind === 'focus') {
      return [by(v, RHYS, { data: { ...v.data, enquiryQuestion: 'Their question' } })]
    }
    return undefined
  })
  await page
    .getByLabel('Choose a bundle file')
    .setInputFiles(await write(testInfo, 'theirs', theirs))
  const preview = page.getByRole('region', { name: 'Import this bundle?' })
  await expect(preview.getByText('This import would delete:')).toBeVisible()
  await expect(
    preview.getByRole('listitem').filter({ hasText: 'A visit: Maths (Elm Academy)' }),
  ).toBeVisible()
  await expect(preview.getByText(/replace your own work here/)).toBeVisible()
  await expect(
    preview.getByRole('listitem').filter({ hasText: 'The focus (Elm Academy)' }),
  ).toBeVisible()
  await expect(
    preview.getByRole('listitem').filter({ hasText: 'The review (Elm Academy)' }),
  ).toBeVisible()
  await expect(preview.getByText('Forged')).toHaveCount(0)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByText(/^Imported from Rhys Reviewer/)).toBeVisible()
  await page.getByRole('link', { name: 'Visits' }).click()
  await expect(page.getByRole('link', { name: /Maths/ })).toHaveCount(0)

  await page.getByRole('link', { name: 'Share' }).click()
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Undo this import' }).click()
  await expect(
    page.getByText(/^Undone .*Put back as before: 3; changed since, left as they are: 0/),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Undo this import' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Visits' }).click()
  await page.getByRole('link', { name: /Maths/ }).click()
  await expect(page.getByText('Pairs explain methods aloud')).toBeVisible()
  await page.getByRole('link', { name: 'Focus' }).click()
  await expect(page.getByLabel('Enquiry question')).not.toHaveValue('Their question')
})

test("only a person's own device renames them; another file with an imported id still imports", async ({
  page,
}, testInfo) => {
  await page.goto('/')
  await firstRun(page, { name: 'Hana Host', school: 'Elm Academy' })
  const mine = await reviewHere(page, testInfo)
  const visit = visitOf(mine)
  const [v] = visit.versions as [Version]
  const science = {
    ...visit,
    id: crypto.randomUUID(),
    versions: [
      by(v, RHYS, { clock: { [RHYS]: 1 }, data: { ...v.data, subject: 'Science', notes: [] } }),
    ],
  }
  const rhysFrom = { deviceId: RHYS, name: 'Rhys Reviewer', school: 'Ash Primary' }
  const fromRhys = {
    ...fromAnother(mine, rhysFrom, () => undefined),
    records: [...mine.records, science],
  }
  await page
    .getByLabel('Choose a bundle file')
    .setInputFiles(await write(testInfo, 'rhys', fromRhys))
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByText(/^Imported from Rhys Reviewer/)).toBeVisible()

  // Mallory relays Rhys's work, calling him something else: his name stays as his device said.
  const relayed = {
    ...fromRhys,
    id: crypto.randomUUID(),
    from: { deviceId: MALLORY, name: 'Mallory', school: 'Elsewhere' },
    people: { [RHYS]: { ...rhys, name: 'Wrong Name' }, [MALLORY]: { ...rhys, name: 'Mallory' } },
  }
  await page
    .getByLabel('Choose a bundle file')
    .setInputFiles(await write(testInfo, 'relayed', relayed))
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByText(/^Imported from Mallory/)).toBeVisible()
  await page.getByRole('link', { name: 'Visits' }).click()
  await expect(page.getByRole('link', { name: /Science/ })).toContainText(
    'Rhys Reviewer (Ash Primary)',
  )
  await expect(page.getByText('Wrong Name')).toHaveCount(0)

  // Another file reusing the id of Rhys's file, with a real update: imported, and the history says so.
  const again = {
    ...fromRhys,
    records: fromRhys.records.map((r) =>
      r.id === science.id
        ? {
            ...r,
            versions: [
              by(r.versions[0] as Version, RHYS, {
                data: { ...(r.versions[0] as Version).data, subject: 'Science and art' },
              }),
            ],
          }
        : r,
    ),
  }
  await page.getByRole('link', { name: 'Share' }).click()
  await page.getByLabel('Choose a bundle file').setInputFiles(await write(testInfo, 'again', again))
  await expect(
    page.getByText(/Another file with this bundle’s id was imported before/),
  ).toBeVisible()
  await expect(page.getByText('This bundle was already imported — nothing changed.')).toHaveCount(0)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(
    page.getByText(/^Imported from Rhys Reviewer: 0 new records, 1 updated/),
  ).toBeVisible()
  await expect(
    page.getByText('Another file with the same bundle id had been imported before this one.'),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Visits' }).click()
  await expect(page.getByRole('link', { name: /Science and art/ })).toBeVisible()
})
