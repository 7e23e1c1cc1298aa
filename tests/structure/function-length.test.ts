// No function or component in src/ runs past MAX_LINES lines, from its first line to its last,
// JSX included. Biome's noExcessiveLinesPerFunction counts a component's JSX as a few lines
// (a 178-line screen measured 95), so this check parses the source itself with Babel's parser
// (@babel/parser, which Vite's Preact preset already brings).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parse } from '@babel/parser'
import { expect, it } from 'vitest'

const MAX_LINES = 80

interface Measured {
  where: string
  name: string
  lines: number
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

type Node = { type?: unknown; loc?: { start: { line: number }; end: { line: number } } } & Record<
  string,
  unknown
>

/** Every function in the source (declarations, expressions, arrows, methods) with its length. */
function measure(source: string, file: string): Measured[] {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] })
  const found: Measured[] = []
  const walk = (node: unknown, name: string) => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) {
      for (const child of node) walk(child, name)
      return
    }
    const n = node as Node
    const own = n.type === 'VariableDeclarator' ? ((n.id as { name?: string })?.name ?? name) : name
    if (typeof n.type === 'string' && /Function|Method/.test(n.type) && n.loc && 'body' in n) {
      const id = (n.id as { name?: string } | null)?.name ?? (n.key as { name?: string })?.name
      const lines = n.loc.end.line - n.loc.start.line + 1
      found.push({ where: `${file}:${n.loc.start.line}`, name: id ?? own, lines })
    }
    for (const [key, child] of Object.entries(n)) if (key !== 'loc') walk(child, own)
  }
  walk(ast.program, '(anonymous)')
  return found
}

it(`no function or component in src/ is longer than ${MAX_LINES} lines`, () => {
  const root = process.cwd()
  const sources = files(resolve(root, 'src')).filter(
    (f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'),
  )
  const measured = sources.flatMap((f) => measure(readFileSync(f, 'utf8'), relative(root, f)))
  expect(measured.length).toBeGreaterThan(100)
  const long = measured
    .filter((m) => m.lines > MAX_LINES)
    .map((m) => `${m.where} ${m.name}: ${m.lines}`)
  expect(long).toEqual([])
  // Parsing every file of src/ with Babel takes a few seconds on two busy cores, beside the rest
  // of the suite: more than Vitest's default 5 s. Nothing here is timed.
}, 60_000)

it('counts a component’s JSX line by line', () => {
  const body = Array.from({ length: 80 }, (_, i) => `      <p>{${i}}</p>`).join('\n')
  const source = `export function Long() {\n  return (\n    <div>\n${body}\n    </div>\n  )\n}\nconst short = () => 1\n`
  const [long, short] = measure(source, 'fixture.tsx')
  expect(long).toEqual({ where: 'fixture.tsx:1', name: 'Long', lines: 86 })
  expect(short).toEqual({ where: 'fixture.tsx:87', name: 'short', lines: 1 })
})
