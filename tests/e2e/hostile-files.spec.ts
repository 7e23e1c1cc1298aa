import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, firstRun, type Person, test } from './fixtures'

const HANA: Person = { name: 'Hana Host', school: 'Elm Academy' }

test.describe.configure({ timeout: 180_000 })

type Json = Record<string, unknown> & { records: Record<string, unknown>[] }
const sample = readFileSync(new URL('../../public/sample-review.json', import.meta.url), 'utf8')

function base(): Json {
  const bundle = JSON.parse(sample) as Json
  bundle.id = crypto.randomUUID()
  return bundle
}
function sealDigest(bundle: Json): Json {
  const hash = createHash('sha256').update(JSON.stringify(bundle.records), 'utf8').digest('base64')
  bundle.digest = `sha256-${hash}`
  return bundle
}
const text = (bundle: Json) => JSON.stringify(bundle)

/** name → file content, and what the person must be told. */
const HOSTILE: [string, () => string | Buffer, RegExp][] = [
  [
    'not-json.json',
    () => 'Dear host, here are my notes.',
    /not a Review Day bundle, or it was cut short/,
  ],
  ['truncated.json', () => sample.slice(0, Math.floor(sample.length / 2)), /cut short/],
  ['empty.json', () => '', /This file is empty/],
  ['whitespace.json', () => '   \n\t  ', /This file is empty/],
  ['null.json', () => 'null', /not a Review Day bundle/],
  ['array.json', () => '[1,2,3]', /not a Review Day bundle/],
  [
    'other-format.json',
    () => JSON.stringify({ format: 'something-else', version: 1 }),
    /not a Review Day bundle/,
  ],
  ['newer.json', () => text({ ...base(), version: 3 }), /newer version of Review Day/],
  [
    'tampered.json',
    () => sample.replace('Pairs explained column subtraction', 'Pairs explained nothing at all'),
    /changed or damaged after it was exported/,
  ],
  [
    'bad-uuid.json',
    () => {
      const b = base()
      ;(b.records[2] as { id: string }).id = 'not-a-uuid'
      return text(sealDigest(b))
    },
    /cannot be read \(records\[2\]\.id/,
  ],
  [
    'duplicate-ids.json',
    () => {
      const b = base()
      b.records.push(b.records[2] as Record<string, unknown>)
      return text(sealDigest(b))
    },
    /same record twice/,
  ],
  [
    'review-not-listed.json',
    () => {
      const b = base()
      ;(b.records[2] as { reviewId: string }).reviewId = crypto.randomUUID()
      return text(sealDigest(b))
    },
    /a review it does not list/,
  ],
  [
    'deep-nesting.json',
    () => {
      const b = base()
      const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`
      return text(b).replace('"records":[', `"records":[${deep},`)
    },
    /changed or damaged|cannot be read/,
  ],
  [
    'binary.json',
    () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    /not a Review Day bundle, or it was cut short/,
  ],
  [
    'too-large.json',
    () => Buffer.alloc(60 * 1024 * 1024, 0x20),
    /too large to import: the limit is 50 MB/,
  ],
  [
    'two-records-keys.json',
    () => text(sealDigest(base())).replace('{"format"', '{"records":[],"format"'),
    /names “records” twice/,
  ],
  [
    'upper-case-id.json',
    () => {
      const b = base()
      const record = b.records[2] as { id: string }
      record.id = `ABCDEF${record.id.slice(6)}`
      return text(sealDigest(b))
    },
    /cannot be read \(records\[2\]\.id/,
  ],
  [
    'too-many-versions.json',
    () => {
      const b = base()
      const record = b.records[2] as { versions: { clock: object; by: string }[] }
      const [first] = record.versions
      record.versions = Array.from({ length: 65 }, () => {
        const by = crypto.randomUUID()
        return { ...first, by, clock: { [by]: 1 } }
      }) as typeof record.versions
      return text(sealDigest(b))
    },
    /more than 64 versions side by side/,
  ],
  [
    'huge-note.json',
    () => {
      const b = base()
      const visit = b.records[2] as { versions: { data: { notes: { text: string }[] } }[] }
      const note = visit.versions[0]?.data.notes[0]
      if (note) note.text = 'x'.repeat(5 * 1024 * 1024)
      return text(sealDigest(b))
    },
    /cannot be read \(records\[2\]\.versions\[0\]\.data\.notes\[0\]\.text/,
  ],
]

async function recordCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('review-day')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('records').objectStore('records').count()
          request.onsuccess = () => {
            open.result.close()
            resolve(request.result)
          }
        }
      }),
  )
}

test('hostile and broken files through the import screen: each is refused with its message, and nothing changes', async ({
  page,
}, testInfo) => {
  await page.goto('/')
  await firstRun(page, HANA)
  await page.getByRole('button', { name: 'Try a sample review' }).click()
  await expect(page.getByRole('heading', { name: 'Visits' })).toBeVisible()
  const before = await recordCount(page)
  expect(before).toBeGreaterThan(0)
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`)
  })

  await page.goto('/import')
  expect(HOSTILE.length).toBeGreaterThanOrEqual(15)
  for (const [name, make, message] of HOSTILE) {
    const path = testInfo.outputPath(name)
    writeFileSync(path, make())
    await page.getByLabel('Choose a bundle file').setInputFiles(path)
    await expect(page.getByRole('alert'), name).toHaveText(message)
    await expect(page.getByRole('heading', { name: 'Import this bundle?' })).toHaveCount(0)
    expect(await recordCount(page), `${name} leaves the records as they were`).toBe(before)
  }
})

test('script-like text in a bundle is shown as text and never runs', async ({ page }, testInfo) => {
  await page.goto('/')
  await firstRun(page, HANA)
  const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
  const b = base()
  const visit = b.records[2] as { versions: { data: { notes: { text: string }[] } }[] }
  const note = visit.versions[0]?.data.notes[0]
  if (note) note.text = attack
  const path = testInfo.outputPath('script-like.json')
  writeFileSync(path, text(sealDigest(b)))
  await page.goto('/import')
  await page.getByLabel('Choose a bundle file').setInputFiles(path)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('button', { name: 'Open the review' }).click()
  await page.getByRole('link', { name: /Year 4/ }).click()
  await expect(page.getByText(attack)).toBeVisible()
  expect(await page.locator('main img').count()).toBe(0)
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined()
})

test('sealed files: a wrong passphrase three times, a tampered file and a broken envelope change nothing', async ({
  page,
}, testInfo) => {
  const { sealBundle } = await import('../../src/domain/seal')
  await page.goto('/')
  await firstRun(page, HANA)
  await page.getByRole('button', { name: 'Try a sample review' }).click()
  await expect(page.getByRole('heading', { name: 'Visits' })).toBeVisible()
  const before = await recordCount(page)

  const sealed = await sealBundle(text(base()), 'correct horse battery', { iterations: 100_000 })
  const envelope = JSON.parse(sealed) as { data: string; kdf: { iterations: number } }
  const flipped = `${envelope.data.startsWith('A') ? 'B' : 'A'}${envelope.data.slice(1)}`
  const files: [string, string][] = [
    ['sealed.json', sealed],
    ['sealed-tampered.json', JSON.stringify({ ...envelope, data: flipped })],
    [
      'sealed-broken.json',
      JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, iterations: 1e12 } }),
    ],
  ]
  const paths = Object.fromEntries(
    files.map(([name, content]) => {
      const path = testInfo.outputPath(name)
      writeFileSync(path, content)
      return [name, path]
    }),
  )
  await page.goto('/import')
  const passphrase = page.getByLabel('Passphrase for this bundle')
  const open = page.getByRole('button', { name: 'Open the bundle' })

  await page.getByLabel('Choose a bundle file').setInputFiles(paths['sealed.json'] as string)
  for (const guess of ['wrong one', 'still wrong', 'CORRECT HORSE BATTERY']) {
    await passphrase.fill(guess)
    await open.click()
    await expect(page.getByRole('alert')).toHaveText(/That passphrase does not open this bundle/)
    expect(await recordCount(page)).toBe(before)
  }
  await passphrase.fill('correct horse battery')
  await open.click()
  await expect(page.getByRole('heading', { name: 'Import this bundle?' })).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  expect(await recordCount(page)).toBe(before)

  await page
    .getByLabel('Choose a bundle file')
    .setInputFiles(paths['sealed-tampered.json'] as string)
  await passphrase.fill('correct horse battery')
  await open.click()
  await expect(page.getByRole('alert')).toHaveText(/or the file was changed after it was sealed/)
  expect(await recordCount(page)).toBe(before)

  await page.getByLabel('Choose a bundle file').setInputFiles(paths['sealed-broken.json'] as string)
  await passphrase.fill('correct horse battery')
  await open.click()
  await expect(page.getByRole('alert')).toHaveText(/sealed bundle is damaged/)
  expect(await recordCount(page)).toBe(before)
})
