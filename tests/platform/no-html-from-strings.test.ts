import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'

// Imported bundles are untrusted: their text is only ever rendered as text. No API that turns a
// string into HTML or code may appear anywhere in src/.
const FORBIDDEN =
  /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\(|new Function\(|srcdoc/

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

it('no source file turns strings into HTML or code', () => {
  const sources = files(resolve(process.cwd(), 'src')).filter((f) => /\.(ts|tsx)$/.test(f))
  expect(sources.length).toBeGreaterThan(20)
  const offenders = sources.filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')))
  expect(offenders).toEqual([])
})
