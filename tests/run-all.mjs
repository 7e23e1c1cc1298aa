// `npm test`: every check, in order, stopping at the first that fails:
//   type check → lint and format check → unit and component tests → production builds →
//   browser tests in Chromium (the whole Playwright suite), then the core journeys in Firefox ESR
//   and in WebKitGTK (tests/engines).
// Each runner's output streams live. The summary gives each step's time and ends with one line,
// alone and last:
//   N passed, N failed
// summing the test counts of every runner (from their JSON reports: Vitest, and Playwright's for
// the three engines). A step that fails without reporting a failed test (type errors, a test file
// that cannot load, a broken build, a missing browser in CI) counts as one failure there, so a red
// run never ends in "0 failed".
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { engines, warnMissing } from './engines/engines.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
process.chdir(root)

const inCI = process.env.CI === 'true'
const bin = (name) => `${root}node_modules/.bin/${name}`
const vitestReport = 'test-results/vitest.json'

/** Runs a command with inherited stdio (live output); resolves to its exit code. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`)
      resolve(127)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  })
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

function vitestCounts() {
  const report = readJson(vitestReport)
  if (!report) return undefined
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 }
}

function playwrightCounts(report) {
  const stats = readJson(report)?.stats
  if (!stats) return undefined
  // "flaky" cannot happen with retries: 0, but if someone turns retries on it is a pass that
  // failed first; count it as failed so it gets looked at.
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) }
}

function banner(title) {
  const line = '═'.repeat(Math.max(0, 78 - title.length))
  console.log(`\n══ ${title} ${line}\n`)
}

const steps = [
  { name: 'typecheck', command: 'npm', args: ['run', 'typecheck'] },
  { name: 'lint', command: 'npm', args: ['run', 'lint'] },
  {
    name: 'vitest',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`],
    counts: vitestCounts,
    report: vitestReport,
  },
  { name: 'build', command: bin('vite'), args: ['build'], env: { BUILD_ID: '' } },
  {
    name: 'build dist-next',
    command: bin('vite'),
    args: ['build', '--outDir', 'dist-next', '--logLevel', 'warn'],
    env: { BUILD_ID: 'next' },
  },
  // One step per browser engine, each with its own Playwright JSON report.
  ...['chromium', 'firefox', 'webkit'].map((name) => {
    const engine = engines[name]
    const { command, args, env } = engine.command()
    return {
      name,
      command,
      args,
      env,
      engine,
      counts: () => playwrightCounts(engine.report),
      report: engine.report,
    }
  }),
]

mkdirSync('test-results', { recursive: true })
const results = []
let failed = false
const browsersMissing = []

for (const step of steps) {
  if (failed) {
    results.push({ name: step.name, status: 'not run' })
    continue
  }
  const missing = step.engine?.missing() ?? []
  if (missing.length > 0) {
    if (inCI) {
      console.error(`\nCI=true and ${missing.join('; ')}: every browser engine must run in CI.`)
      results.push({ name: step.name, status: 'FAILED (no browser)', failedWithoutCount: true })
      failed = true
      continue
    }
    browsersMissing.push({ engine: step.engine, missing })
    results.push({ name: step.name, status: 'SKIPPED (no browser)' })
    continue
  }

  banner(step.name)
  if (step.report) rmSync(step.report, { force: true })
  const started = Date.now()
  const code = await run(step.command, step.args, step.env)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const counts = step.counts?.()
  const result = { name: step.name, seconds, counts, status: code === 0 ? 'ok' : 'FAILED' }
  if (code !== 0) {
    failed = true
    // A failing runner that reported no failed test still failed: count it once.
    result.failedWithoutCount = !counts || counts.failed === 0
  }
  results.push(result)
}

// Last thing before the summary, where it cannot scroll out of sight.
for (const { engine, missing } of browsersMissing) warnMissing(engine, missing)

let passedTotal = 0
let failedTotal = 0
banner('summary')
for (const r of results) {
  const time = r.seconds ? ` in ${r.seconds}s` : ''
  const counts = r.counts ? ` (${r.counts.passed} passed, ${r.counts.failed} failed)` : ''
  console.log(`  ${r.name.padEnd(16)} ${r.status}${counts}${time}`)
  passedTotal += r.counts?.passed ?? 0
  failedTotal += (r.counts?.failed ?? 0) + (r.failedWithoutCount ? 1 : 0)
}
console.log('')
console.log(`${passedTotal} passed, ${failedTotal} failed`)
process.exitCode = failed ? 1 : 0
