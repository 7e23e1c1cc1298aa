import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import { en } from '../../src/ui/messages/en'
import { app } from '../../src/ui/messages/en-app'

// The first screen renders before the rest of the catalogue loads, so every word it uses must be
// in en-app.ts. Keys built from a prefix (`role.${r}`) must have every member there too.
const FIRST_SCREEN = [
  'src/ui/App.tsx',
  'src/ui/screens/ReviewsScreen.tsx',
  'src/ui/screens/ProfileForm.tsx',
  'src/ui/components/TrySample.tsx',
  'src/ui/components/LanguageChoice.tsx',
  'src/ui/components/DatabaseBanner.tsx',
  'src/ui/components/UpdatePrompt.tsx',
]

it('every word the first screen uses loads with it', () => {
  const missing: string[] = []
  for (const file of FIRST_SCREEN) {
    const source = readFileSync(resolve(process.cwd(), file), 'utf8')
    for (const [, key] of source.matchAll(/\bt\(\s*'([^']+)'/g)) {
      if (key && !(key in app)) missing.push(`${file}: ${key}`)
    }
    for (const [, prefix] of source.matchAll(/\bt\(\s*`([\w.-]+\.)\$\{/g)) {
      const family = Object.keys(en).filter((k) => prefix && k.startsWith(prefix))
      expect(family.length, prefix).toBeGreaterThan(0)
      for (const key of family) if (!(key in app)) missing.push(`${file}: ${key}`)
    }
  }
  expect(missing).toEqual([])
})

it('no key is defined twice across the parts of the catalogue', async () => {
  const parts = await Promise.all(
    [
      'en-app',
      'en-errors',
      'en-screens',
      'en-share',
      'en-conversations',
      'en-feedback',
      'en-cycle',
      'en-progress',
      'en-qr',
    ].map((name) => import(`../../src/ui/messages/${name}.ts`)),
  )
  const keys = parts.flatMap((module) =>
    Object.values(module).flatMap((part) => Object.keys(part as object)),
  )
  expect(keys.length).toBe(new Set(keys).size)
  expect(keys.length).toBe(Object.keys(en).length)
})
