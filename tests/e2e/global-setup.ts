import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// The update test needs two builds of the app: dist/ (served first) and dist-next/ (the "next
// deploy", BUILD_ID=next). `npm test` builds both before Playwright starts; when Playwright is run
// on its own, build whatever is missing or older than dist/.
const root = fileURLToPath(new URL('../..', import.meta.url))
const vite = `${root}node_modules/vite/bin/vite.js`

function builtAt(dir: string): number {
  const index = `${root}${dir}/sw.js`
  return existsSync(index) ? statSync(index).mtimeMs : 0
}

function build(outDir: string, buildId?: string): void {
  console.log(`[e2e] building ${outDir}/${buildId ? ` (BUILD_ID=${buildId})` : ''}`)
  const env = { ...process.env }
  if (buildId) env.BUILD_ID = buildId
  else delete env.BUILD_ID
  execFileSync(process.execPath, [vite, 'build', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: root,
    env,
    stdio: 'inherit',
  })
}

/** dist/, built if it is missing: all the Firefox and WebKit journeys need (tests/engines). */
export function ensureDist(): void {
  if (!builtAt('dist')) build('dist')
}

export default function globalSetup(): void {
  ensureDist()
  if (builtAt('dist-next') < builtAt('dist')) build('dist-next', 'next')
}
