// `npm run test:firefox` / `npm run test:webkit`: the core journeys in one engine, against dist/
// (the npm scripts build it first). Extra arguments go to Playwright's runner, e.g.
//   npm run test:webkit -- -g offline
// A missing browser is a loud warning, or a failure with CI=true, as in `npm test`.
import { spawn } from 'node:child_process'
import { engines, warnMissing } from './engines.mjs'

const [name, ...args] = process.argv.slice(2)
const engine = engines[name]
if (!engine) {
  console.error(`usage: node tests/engines/run.mjs <${Object.keys(engines).join('|')}> [args]`)
  process.exit(2)
}

const missing = engine.missing()
if (missing.length > 0) {
  warnMissing(engine, missing)
  process.exit(process.env.CI === 'true' ? 1 : 0)
}

const { command, args: commandArgs, env } = engine.command(args)
const child = spawn(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } })
child.on('error', (error) => {
  console.error(`could not start ${command}: ${error.message}`)
  process.exit(127)
})
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)))
