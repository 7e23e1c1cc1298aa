// QR codes as pixels without a browser: a code drawn as the Share screen will draw it (dark
// modules on white, a quiet zone), and the same code as a phone camera might see it — smaller,
// turned, out of focus, low in contrast and noisy — for the decoder tests and tests/bench/qr-figures.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { encode } from 'uqr'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'
import { random } from './qr-fixtures'

/** RGBA pixels, as ImageData holds them. */
export interface Pixels {
  data: Uint8ClampedArray<ArrayBuffer>
  width: number
  height: number
}

/** The 4-module quiet zone the QR standard asks for around a code. */
const QUIET = 4

/** The code's modules: true for dark. */
export function qrModules(text: string, ecc: 'L' | 'M' | 'Q' | 'H'): boolean[][] {
  return encode(text, { ecc, border: 0 }).data
}

/** The modules drawn `scale` pixels each inside a white quiet zone: a clean screen. */
export function drawModules(modules: boolean[][], scale: number): Pixels {
  const side = (modules.length + 2 * QUIET) * scale
  const data = new Uint8ClampedArray(side * side * 4).fill(255)
  modules.forEach((row, i) => {
    row.forEach((dark, j) => {
      if (!dark) return
      for (let y = 0; y < scale; y++) {
        const start = ((i + QUIET) * scale + y) * side + (j + QUIET) * scale
        for (let p = start; p < start + scale; p++) data.fill(0, p * 4, p * 4 + 3)
      }
    })
  })
  return { data, width: side, height: side }
}

/** How a camera sees the screen. */
export interface Camera {
  width: number
  height: number
  /** The code with its quiet zone takes this share of the frame's height. */
  fill: number
  /** Turned by this many degrees. */
  angle: number
  /** Box blur radius in pixels: 0 in focus, 1 a little out. */
  blur: number
  /** Standard deviation of the sensor noise, in grey levels. */
  noise: number
  /** Grey levels the camera gives a dark and a light module. */
  dark: number
  light: number
}

/** A camera frame of the modules (grey RGBA), for a decoder; `seed` makes it reproducible. */
export function film(modules: boolean[][], camera: Camera, seed: number): Pixels {
  const next = random(seed)
  const { width, height } = camera
  const grey = sample(modules, camera, next)
  if (camera.blur > 0) boxBlur(grey, width, height, camera.blur)
  const data = new Uint8ClampedArray(width * height * 4)
  for (let i = 0; i < width * height; i++) {
    // Box–Muller: normal noise from two uniform numbers.
    const noise = Math.sqrt(-2 * Math.log(next() + 1e-12)) * Math.cos(2 * Math.PI * next())
    const g = (grey[i] as number) + noise * camera.noise
    data[4 * i] = g
    data[4 * i + 1] = g
    data[4 * i + 2] = g
    data[4 * i + 3] = 255
  }
  return { data, width, height }
}

/** Each pixel averages 3 × 3 points of the turned, scaled code, as a lens and sensor do. */
function sample(modules: boolean[][], camera: Camera, next: () => number): Float32Array {
  const n = modules.length
  const total = n + 2 * QUIET
  const { width, height } = camera
  const scale = (camera.fill * height) / total
  const turn = (camera.angle * Math.PI) / 180
  const [cos, sin] = [Math.cos(turn), Math.sin(turn)]
  const cx = width / 2 + (next() - 0.5) * width * 0.1
  const cy = height / 2 + (next() - 0.5) * height * 0.1
  const grey = new Float32Array(width * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0
      for (let s = 0; s < 9; s++) {
        const px = x + ((s % 3) + 0.5) / 3 - cx
        const py = y + (Math.floor(s / 3) + 0.5) / 3 - cy
        const i = Math.floor((-sin * px + cos * py) / scale + total / 2 - QUIET)
        const j = Math.floor((cos * px + sin * py) / scale + total / 2 - QUIET)
        const dark = i >= 0 && j >= 0 && i < n && j < n && modules[i]?.[j]
        sum += dark ? camera.dark : camera.light
      }
      grey[y * width + x] = sum / 9
    }
  }
  return grey
}

function boxBlur(grey: Float32Array, width: number, height: number, radius: number): void {
  const pass = (from: Float32Array, to: Float32Array, dx: number, dy: number) => {
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let [sum, count] = [0, 0]
        for (let k = -radius; k <= radius; k++) {
          const [xx, yy] = [x + k * dx, y + k * dy]
          if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue
          sum += from[yy * width + xx] as number
          count++
        }
        to[y * width + x] = sum / count
      }
    }
  }
  const tmp = new Float32Array(grey.length)
  pass(grey, tmp, 1, 0)
  pass(tmp, grey, 0, 1)
}

let prepared = false

/**
 * The text of the QR code in the pixels, read by zxing-wasm, or undefined. Its WebAssembly comes
 * from node_modules: zxing-wasm would fetch it from a CDN by default, and nothing here may.
 */
export async function readQr(pixels: Pixels): Promise<string | undefined> {
  if (!prepared) {
    const path = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm')
    const file = readFileSync(path)
    const wasmBinary = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)
    prepareZXingModule({
      overrides: { wasmBinary: wasmBinary as ArrayBuffer },
      fireImmediately: false,
    })
    prepared = true
  }
  const [result] = await readBarcodes(pixels as ImageData, {
    formats: ['QRCode'],
    tryHarder: true,
    maxNumberOfSymbols: 1,
  })
  return result?.text
}
