// Reads the QR codes in a video's current frame: the browser's own BarcodeDetector where it has
// one that knows QR codes (Chrome on Android, macOS and ChromeOS), else zxing-wasm in a Worker
// (qr-reader.worker.ts) so decoding never holds up the page. Both load only when the receiver
// opens: the first screen does not carry them.

export interface QrReader {
  /** The texts of the codes in the video's current frame (none when it sees none). */
  read(video: HTMLVideoElement): Promise<string[]>
  close(): void
}

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector
  getSupportedFormats(): Promise<string[]>
}

/** The best reader this browser has. */
export async function createQrReader(): Promise<QrReader> {
  const native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector
  if (
    native &&
    (await native.getSupportedFormats().catch((): string[] => [])).includes('qr_code')
  ) {
    const detector = new native({ formats: ['qr_code'] })
    return {
      read: async (video) => (await detector.detect(video)).map((code) => code.rawValue),
      close: () => {},
    }
  }
  return workerReader()
}

/** zxing-wasm in a module Worker: each frame's pixels are handed over, not copied. */
function workerReader(): QrReader {
  const worker = new Worker(new URL('./qr-reader.worker.ts', import.meta.url), { type: 'module' })
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  let next = 0
  const waiting = new Map<number, (texts: string[]) => void>()
  worker.addEventListener('message', (event: MessageEvent<{ id: number; texts: string[] }>) => {
    waiting.get(event.data.id)?.(event.data.texts)
    waiting.delete(event.data.id)
  })
  return {
    read(video) {
      const { videoWidth: width, videoHeight: height } = video
      if (!context || width === 0 || height === 0) return Promise.resolve([])
      canvas.width = width
      canvas.height = height
      context.drawImage(video, 0, 0, width, height)
      const image = context.getImageData(0, 0, width, height)
      const id = next++
      return new Promise((resolve) => {
        waiting.set(id, resolve)
        worker.postMessage({ id, image }, [image.data.buffer])
      })
    },
    close() {
      worker.terminate()
      for (const resolve of waiting.values()) resolve([])
      waiting.clear()
    },
  }
}
