// Figures behind the QR transfer's choices (issue 15), measured in Node — not a test, nothing here
// passes or fails on a time. Run it with
//
//   npx vitest run -c tests/bench/qr-figures.config.ts        (QUICK=1 for a short run)
//
// and it prints Markdown tables:
//   1. parts a receiver needs (÷ N) with a third of the frames missed, with our encoder and decoder;
//   2. the same for other degree distributions and for a peeling decoder, on coefficients only;
//   3. bytes a QR code carries per version and error-correction level, per text encoding;
//   4. how often zxing-wasm reads a frame through a simulated phone camera, and how fast;
//   5. a 60-record review: bytes, frames, and seconds at 5, 8 and 10 frames a second.
import { encode as qrEncode } from 'uqr'
import { it } from 'vitest'
import { encodeBundle } from '../../src/domain/bundle'
import { compressText } from '../../src/domain/compress'
import { createEncoder, PART_OVERHEAD, partFragments } from '../../src/domain/fountain'
import { FountainDecoder } from '../../src/domain/fountain-decoder'
import { frameText } from '../../src/domain/qr-frames'
import {
  estimateSeconds,
  FRAGMENT_BYTES,
  QR_ERROR_CORRECTION,
  qrSender,
} from '../../src/domain/qr-transfer'
import { MIN_SEAL_ITERATIONS, sealBundle } from '../../src/domain/seal'
import { bytesFrom, feedUntilComplete, random } from '../domain/qr-fixtures'
import { film, qrModules, readQr } from '../domain/qr-image'
import { generateArchive } from './generate'

const QUICK = process.env.QUICK === '1'
const MISSED = 1 / 3
const table = (head: string[], rows: (string | number)[][]) =>
  [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')
const fixed = (n: number, digits = 2) => n.toFixed(digits)

/** Parts received until whole, over `runs` transfers starting anywhere in the first 2N parts. */
function overhead(n: number, runs: number) {
  const counts: number[] = []
  for (let run = 0; run < runs; run++) {
    const encoder = createEncoder(bytesFrom(run, n * 16), 16)
    const decoder = new FountainDecoder()
    const start = 1 + Math.floor(random(run + 1)() * 2 * n)
    const limit = 10 * n + 100
    const opts = { start, missed: MISSED, seed: run * 7 + n, limit }
    counts.push(feedUntilComplete(encoder.part, (p) => decoder.receive(p), opts))
  }
  counts.sort((a, b) => a - b)
  const mean = counts.reduce((a, b) => a + b, 0) / runs
  return { mean, p95: counts[Math.floor(runs * 0.95)] as number, max: counts.at(-1) as number }
}

it('1. parts needed by our fountain code', () => {
  const runs = QUICK ? 100 : 1000
  const rows = [1, 3, 8, 20, 40, 80, 160, 400].map((n) => {
    const o = overhead(n, n >= 160 ? runs / 5 : runs)
    return [n, fixed(o.mean, 1), fixed(o.mean - n), fixed(o.mean / n, 3), o.p95 - n, o.max - n]
  })
  console.log(
    `\n### 1. Parts received until whole (a third missed, start in the first 2N; ${runs} runs, ${runs / 5} for N ≥ 160)\n\n${table(['N', 'mean', 'mean − N', 'mean ÷ N', 'p95 − N', 'max − N'], rows)}\n`,
  )
})

it('2. other degree distributions and decoders', () => {
  const runs = QUICK ? 40 : 200
  const rows: (string | number)[][] = []
  for (const [name, chooser] of Object.entries(CHOOSERS)) {
    const cells: string[] = []
    for (const n of [20, 40, 80, 160]) {
      const choose = chooser(n)
      let [ml, peel] = [0, 0]
      for (let run = 0; run < runs; run++) {
        const parts = () => partStream(n, choose, run)
        ml += eliminationNeeds(n, parts())
        // Half the fragments in a part: it comes down to one unknown fragment only once all but
        // one are known, so peeling cannot start. Not simulated (it would run to the end).
        if (!name.includes('ours')) peel += peelingNeeds(n, parts())
      }
      const peeled = name.includes('ours') ? 'cannot start' : fixed(peel / runs / n, 3)
      cells.push(`${fixed(ml / runs / n, 3)} / ${peeled}`)
    }
    rows.push([name, ...cells])
  }
  console.log(
    `\n### 2. Parts received ÷ N, elimination / peeling (a third missed, start in the first 2N; ${runs} runs)\n\n${table(['subsets', 'N = 20', '40', '80', '160'], rows)}\n`,
  )
})

it('3. bytes per QR code', () => {
  const encodings: Record<string, (b: Uint8Array) => string | number[]> = {
    'base45 (ours)': (b) => frameText(b),
    base32: (b) => `RD1:${base32(b)}`,
    'base64, byte mode': (b) => `RD1:${btoa(String.fromCharCode(...b))}`,
    'raw bytes, byte mode': (b) => [...new TextEncoder().encode('RD1:'), ...b],
  }
  const rows: (string | number)[][] = []
  for (const ecc of ['L', 'M', 'Q'] as const) {
    for (const version of [10, 13, 15, 17, 20, 25]) {
      const most = Object.values(encodings).map((f) => largestPart(f, version, ecc) - PART_OVERHEAD)
      rows.push([ecc, version, 17 + 4 * version, ...most])
    }
  }
  console.log(
    `\n### 3. Fragment bytes a code holds (part minus ${PART_OVERHEAD} bytes of header)\n\n${table(['level', 'version', 'modules', ...Object.keys(encodings)], rows)}\n`,
  )
})

it('4. frames read through a simulated camera', async () => {
  const trials = QUICK ? 6 : 30
  const plan: ['L' | 'M' | 'Q', number][] = [
    ['L', 10],
    ['L', 15],
    ['L', 17],
    ['L', 20],
    ['M', 10],
    ['M', 13],
    ['M', 15],
    ['M', 17],
    ['M', 20],
    ['M', 25],
    ['Q', 15],
    ['Q', 17],
    ['Q', 20],
  ]
  const rows: (string | number)[][] = []
  for (const [ecc, version] of plan) {
    const fragment = largestPart((b) => frameText(b), version, ecc) - PART_OVERHEAD
    const encoder = createEncoder(bytesFrom(5, fragment * 100), fragment)
    const cells: string[] = []
    for (const [width, height] of [
      [640, 480],
      [1280, 720],
    ] as const) {
      const next = random(version * 100 + width)
      let [read, ms] = [0, 0]
      for (let t = 0; t < trials; t++) {
        const text = frameText(encoder.part(300 + t))
        const camera = {
          width,
          height,
          fill: 0.4 + next() * 0.45,
          angle: (next() - 0.5) * 20,
          blur: next() < 0.5 ? 1 : 0,
          noise: 6 + next() * 10,
          dark: 30 + next() * 40,
          light: 170 + next() * 60,
        }
        const pixels = film(qrModules(text, ecc), camera, t)
        const started = performance.now()
        if ((await readQr(pixels)) === text) read++
        ms += performance.now() - started
      }
      cells.push(`${read}/${trials}`, fixed(ms / trials, 0))
    }
    rows.push([ecc, version, fragment, ...cells])
  }
  console.log(
    `\n### 4. zxing-wasm through a simulated camera (code fills 40–85% of the height, turned ±10°, half blurred, noise σ 6–16, contrast 30–70 / 170–230; ${trials} frames each)\n\n${table(['level', 'version', 'fragment bytes', '640×480 read', 'ms', '1280×720 read', 'ms'], rows)}\n`,
  )
}, 3_600_000)

it('5. a 60-record review', async () => {
  const archive = generateArchive(60, 60)
  const from = { deviceId: Object.keys(archive.people)[0] as string, name: 'A', school: 'Oak' }
  const { text } = await encodeBundle({ ...archive, from })
  const sealed = await sealBundle(text, 'oak tree by the gate', { iterations: MIN_SEAL_ITERATIONS })
  const rows: (string | number)[][] = []
  for (const [name, bundle] of [
    ['plain', text],
    ['sealed', sealed],
  ] as const) {
    rows.push(await reviewRow(name, bundle))
  }
  // Sealing after compressing (not what the envelope format does today) would send the deflated
  // plain bundle plus about 60 bytes of salt, IV, tag and header.
  const deflatedPlain = (await compressText(text)).length + 60
  const n = Math.ceil(deflatedPlain / FRAGMENT_BYTES)
  const times = [5, 8, 10].map((fps) => fixed(estimateSeconds(n, fps, MISSED), 1))
  rows.push(['deflate, then seal (estimate)', '', deflatedPlain, n, '', ...times])
  console.log(
    `\n### 5. A 60-record review at ${FRAGMENT_BYTES}-byte fragments (QR version 17, level ${QR_ERROR_CORRECTION}), a third of the frames missed\n\n${table(['bundle', 'bytes', 'deflated', 'N', 'frames received (mean of 200)', 's at 5 fps', '8 fps', '10 fps'], rows)}\n`,
  )
})

async function reviewRow(name: string, bundle: string): Promise<(string | number)[]> {
  const sender = await qrSender(bundle)
  const encoder = createEncoder(await compressText(bundle), FRAGMENT_BYTES)
  let total = 0
  for (let run = 0; run < 200; run++) {
    const decoder = new FountainDecoder()
    const start = 1 + Math.floor(random(run)() * 2 * encoder.fragmentCount)
    const opts = { start, missed: MISSED, seed: run, limit: 10 * encoder.fragmentCount }
    total += feedUntilComplete(encoder.part, (p) => decoder.receive(p), opts)
  }
  const received = total / 200
  const times = [5, 8, 10].map((fps) => fixed(received / (fps * (1 - MISSED)), 1))
  return [
    name,
    sender.bundleBytes,
    sender.compressedBytes,
    sender.fragmentCount,
    fixed(received, 1),
    ...times,
  ]
}

function largestPart(
  encode: (b: Uint8Array) => string | number[],
  version: number,
  ecc: 'L' | 'M' | 'Q',
): number {
  const fits = (bytes: number) => {
    try {
      return qrEncode(encode(bytesFrom(bytes, bytes)), { ecc, border: 0 }).version <= version
    } catch {
      return false // longer than a version 40 code holds
    }
  }
  let [lo, hi] = [1, 3000]
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if (fits(mid)) lo = mid
    else hi = mid - 1
  }
  return lo
}

function base32(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let [bits, value, out] = [0, 0, '']
  for (const b of bytes) {
    value = ((value << 8) | b) & 0xfff
    bits += 8
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  return bits ? out + alphabet[(value << (5 - bits)) & 31] : out
}

// Section 2: coefficient-only simulations of other ways to choose a part's fragments.
type Chooser = (seq: number, next: () => number) => number[]

/** Degree from a cumulative table, then that many distinct fragments (parts 1..N plain). */
function byDegree(n: number, weights: number[]): Chooser {
  const total = weights.reduce((a, b) => a + b, 0)
  const cdf: number[] = []
  for (const w of weights) cdf.push(((cdf.at(-1) ?? 0) * total + w) / total)
  return (seq, next) => {
    if (seq <= n) return [seq - 1]
    const u = next()
    const degree = cdf.findIndex((c) => u < c) + 1 || n
    const chosen = new Set<number>()
    while (chosen.size < degree) chosen.add(Math.floor(next() * n))
    return [...chosen]
  }
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1)
const CHOOSERS: Record<string, (n: number) => Chooser> = {
  'ideal soliton': (n) =>
    byDegree(
      n,
      range(n).map((d) => (d === 1 ? 1 / n : 1 / (d * (d - 1)))),
    ),
  'robust soliton (c 0.1, δ 0.5)': (n) => {
    const r = 0.1 * Math.log(n / 0.5) * Math.sqrt(n)
    const spike = Math.max(1, Math.min(n, Math.round(n / r)))
    return byDegree(
      n,
      range(n).map((d) => {
        const rho = d === 1 ? 1 / n : 1 / (d * (d - 1))
        const tau = d < spike ? r / (d * n) : d === spike ? (r * Math.log(r / 0.5)) / n : 0
        return rho + tau
      }),
    )
  },
  'UR (weight 1/d)': (n) =>
    byDegree(
      n,
      range(n).map((d) => 1 / d),
    ),
  'each fragment with ½ (ours)': (n) => (seq) => {
    const words = partFragments(seq, n, 0x5eed)
    return range(n)
      .map((d) => d - 1)
      .filter((i) => ((words[i >>> 5] as number) >>> (i & 31)) & 1)
  },
}

function* partStream(n: number, choose: Chooser, run: number): Generator<number[]> {
  const next = random(run * 31 + n)
  for (let seq = 1 + Math.floor(next() * 2 * n); seq < 100 * n; seq++) {
    if (next() < MISSED) continue
    yield choose(seq, random(seq * 7919 + run))
  }
}

function eliminationNeeds(n: number, parts: Iterable<number[]>): number {
  const words = Math.ceil(n / 32)
  const pivots: (Uint32Array | undefined)[] = new Array(n)
  let [rank, count] = [0, 0]
  for (const fragments of parts) {
    count++
    const row = new Uint32Array(words)
    for (const i of fragments) row[i >>> 5] = (row[i >>> 5] as number) ^ (1 << (i & 31))
    for (let w = 0; ; ) {
      while (w < words && row[w] === 0) w++
      if (w === words) break
      const bits = row[w] as number
      const column = w * 32 + (31 - Math.clz32(bits & -bits))
      const pivot = pivots[column]
      if (!pivot) {
        pivots[column] = row
        rank++
        break
      }
      for (let k = w; k < words; k++) row[k] = (row[k] as number) ^ (pivot[k] as number)
    }
    if (rank === n) return count
  }
  return Number.POSITIVE_INFINITY
}

function peelingNeeds(n: number, parts: Iterable<number[]>): number {
  const known = new Uint8Array(n)
  const waiting: Set<number>[][] = Array.from({ length: n }, () => [])
  let [solved, count] = [0, 0]
  const learn = (first: number) => {
    const stack = [first]
    while (stack.length > 0) {
      const f = stack.pop() as number
      if (known[f]) continue
      known[f] = 1
      solved++
      for (const equation of waiting[f] as Set<number>[]) {
        equation.delete(f)
        if (equation.size === 1) stack.push(...equation)
      }
    }
  }
  for (const fragments of parts) {
    count++
    const unknown = new Set(fragments.filter((i) => !known[i]))
    if (unknown.size === 1) learn([...unknown][0] as number)
    else for (const i of unknown) waiting[i]?.push(unknown)
    if (solved === n) return count
  }
  return Number.POSITIVE_INFINITY
}
