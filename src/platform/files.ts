// Files in and out of the device: the only ways data leaves or arrives (the README's "Bundle
// format"; src/README.md, "Known browser pitfalls").
import { checkSize } from '../domain/bundle'

/**
 * Reads a chosen or dropped file as text (with its bytes when they are valid UTF-8), refusing one
 * over the size limit before reading it.
 */
export async function readBundleFile(
  file: Blob,
): Promise<{ text: string; bytes?: Uint8Array<ArrayBuffer> }> {
  checkSize(file.size)
  const bytes = new Uint8Array(await file.arrayBuffer())
  try {
    // Valid UTF-8: the text is exactly the bytes (less a leading byte order mark), so the bytes
    // are kept and decodeBundle hashes the records as the file holds them, without encoding the
    // text again.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes }
  } catch {
    // As Blob.text() decodes: bad bytes replaced. Only the text is hashed then.
    return { text: new TextDecoder().decode(bytes) }
  }
}

export type Delivery = 'shared' | 'downloaded' | 'cancelled'

/**
 * Shares the file (its text, or a Blob the exchange worker made) through the system share sheet
 * where the device can share files, otherwise downloads it. Chrome refuses to share .json files
 * (NotAllowedError), and some browsers refuse a share that comes too long after the tap: both
 * fall back to a download; a share refused because another is already open does not. Only
 * `files` is passed because iOS shares files best without a title or text alongside.
 */
export async function shareOrDownload(content: string | Blob, fileName: string): Promise<Delivery> {
  const file = new File([content], fileName, { type: 'application/json' })
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file] })
      return 'shared'
    } catch (error) {
      const name = (error as { name?: string }).name
      // Cancelled; or another share sheet is already open, which decides on its own: nothing sent.
      if (name === 'AbortError' || name === 'InvalidStateError') return 'cancelled'
    }
  }
  download(file)
  return 'downloaded'
}

function download(file: File): void {
  const url = URL.createObjectURL(file)
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

interface LaunchParams {
  files: readonly { getFile(): Promise<File> }[]
}
interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void
}

/**
 * Files opened with the installed app (manifest file_handlers; desktop Chromium only). The
 * consumer is called with each file; elsewhere nothing happens and the file picker is the way in.
 */
export function onLaunchFiles(consumer: (file: File) => void): void {
  const queue = (window as unknown as { launchQueue?: LaunchQueue }).launchQueue
  queue?.setConsumer((params) => {
    for (const handle of params.files) void handle.getFile().then(consumer)
  })
}

/** MIME types only: an extension list greys files out on iOS (src/README.md, "Known browser pitfalls"). */
export const BUNDLE_ACCEPT = 'application/json,text/plain,application/octet-stream'
