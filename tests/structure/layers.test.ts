// The layers' import directions (src/README.md, "Layers") are enforced by Biome's
// noRestrictedImports, configured per folder in biome.json, so `npm run lint` fails on a breach.
// This test shows the configuration catches one: it lints a small project made of the repository's
// own biome.json and fixture files that break each rule, next to imports that are allowed.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, expect, it } from 'vitest'

const root = process.cwd()
const biome = resolve(root, 'node_modules/.bin/biome')

// Each file: its lines, and the numbers of the lines that must be refused.
const FIXTURES: Record<string, { lines: string[]; refused: number[] }> = {
  'src/domain/breach.ts': {
    lines: [
      "import { db } from '../db/database'",
      "import { t } from '../ui/messages'",
      "import { shareOrDownload } from '../platform/files'",
      "import Dexie from 'dexie'",
      "import { get } from 'idb-keyval'",
      "import { useState } from 'preact/hooks'",
      "import { render } from 'preact'",
      "import { useRoute } from 'preact-iso'",
      "import { signal } from '@preact/signals-core'",
      "export { startVisit } from '../db/visits'",
      "export const later = () => import('../db/journal')",
      "import { winner } from './merge'",
      "import * as z from 'zod/mini'",
      'export const used = [db, t, shareOrDownload, Dexie, get, useState, render, useRoute, signal, winner, z]',
    ],
    refused: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  },
  'src/db/breach.ts': {
    lines: [
      "import { t } from '../ui/messages'",
      "import { requestPersistence } from '../platform/storage'",
      "import { winner } from '../domain/merge'",
      "import Dexie from 'dexie'",
      "import { signal } from '@preact/signals-core'",
      'export const used = [t, requestPersistence, winner, Dexie, signal]',
    ],
    refused: [1, 2],
  },
  'src/platform/breach.ts': {
    lines: [
      "import { UpdatePrompt } from '../ui/components/UpdatePrompt'",
      "import { checkSize } from '../domain/bundle'",
      "import { Workbox } from 'workbox-window'",
      'export const used = [UpdatePrompt, checkSize, Workbox]',
    ],
    refused: [1],
  },
  'src/ui/allowed.ts': {
    lines: [
      "import { db } from '../db/database'",
      "import { winner } from '../domain/merge'",
      "import { offerUpdate } from '../platform/update'",
      "import { useState } from 'preact/hooks'",
      'export const used = [db, winner, offerUpdate, useState]',
    ],
    refused: [],
  },
}

const project = mkdtempSync(join(tmpdir(), 'review-day-layers-'))
afterAll(() => rmSync(project, { recursive: true, force: true }))

function lintFixtures(): { path: string; line: number; category: string }[] {
  const config = JSON.parse(readFileSync(resolve(root, 'biome.json'), 'utf8'))
  delete config.$schema
  writeFileSync(join(project, 'biome.json'), JSON.stringify(config))
  for (const [path, { lines }] of Object.entries(FIXTURES)) {
    mkdirSync(dirname(join(project, path)), { recursive: true })
    writeFileSync(join(project, path), `${lines.join('\n')}\n`)
  }
  let out: string
  try {
    out = execFileSync(biome, ['lint', '--vcs-enabled=false', '--reporter=json', 'src'], {
      cwd: project,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (error) {
    // Biome exits non-zero when it reports errors; the report is on stdout all the same.
    out = (error as { stdout: string }).stdout
  }
  const report = JSON.parse(out) as {
    diagnostics: { category: string; location: { path: string; start: { line: number } } }[]
  }
  return report.diagnostics.map((d) => ({
    path: d.location.path.replaceAll('\\', '/'),
    line: d.location.start.line,
    category: d.category,
  }))
}

it('the linter refuses every import that breaks a layer, and only those', () => {
  const found = lintFixtures()
  const refused = found
    .filter((d) => d.category === 'lint/style/noRestrictedImports')
    .map((d) => `${d.path}:${d.line}`)
    .sort()
  const expected = Object.entries(FIXTURES)
    .flatMap(([path, { refused }]) => refused.map((line) => `${path}:${line}`))
    .sort()
  expect(refused).toEqual(expected)
  // Nothing else in the fixtures draws a complaint, so the test shows the rule, not noise.
  expect(found.filter((d) => d.category !== 'lint/style/noRestrictedImports')).toEqual([])
})
