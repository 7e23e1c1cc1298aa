import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Download } from './driver'
import { poll } from './poll'

// Names browsers give a file while it is still being written: Firefox writes `name.part` beside an
// empty `name`, Chromium `.crdownload`, WebKit `.download` / `.wkdownload`.
const PARTIAL = /\.(part|crdownload|download|wkdownload)$/

/**
 * The folder a browser saves downloads into. `next()` waits for a file it has not returned
 * before, once the browser has finished writing it: no partial file beside it, and the same size
 * twice in a row.
 */
export class DownloadFolder {
  private readonly seen = new Set<string>()

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true })
  }

  next(): Promise<Download> {
    let last = { name: '', size: -1 }
    return poll(`a download in ${this.dir}`, async () => {
      const names = readdirSync(this.dir).filter(
        (name) => !name.startsWith('.') && statSync(join(this.dir, name)).isFile(),
      )
      if (names.some((name) => PARTIAL.test(name))) return 'still downloading'
      const name = names.find((n) => !this.seen.has(n))
      if (!name) return 'no new file'
      const path = join(this.dir, name)
      const size = statSync(path).size
      const settled = size > 0 && last.name === name && last.size === size
      last = { name, size }
      if (!settled) return 'still being written'
      this.seen.add(name)
      return { name, path, text: readFileSync(path, 'utf8') }
    })
  }
}
