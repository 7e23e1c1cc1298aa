// zxing-wasm's QR reader in a Worker (qr-reader.ts). Its .wasm is the file Vite emits beside the
// app (the ?url import), so it is precached and works offline: zxing-wasm's default locateFile
// would fetch it from a CDN, which this app never does (and its Content-Security-Policy forbids).
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url'

prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) =>
      path.endsWith('.wasm') ? wasmUrl : prefix + path,
  },
  fireImmediately: false,
})

interface Request {
  id: number
  image: ImageData
}

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<Request>) => void): void
  postMessage(message: { id: number; texts: string[] }): void
}

scope.addEventListener('message', async (event) => {
  const { id, image } = event.data
  let texts: string[] = []
  try {
    const results = await readBarcodes(image, {
      formats: ['QRCode'],
      tryHarder: true,
      maxNumberOfSymbols: 1,
    })
    texts = results.filter((result) => result.isValid).map((result) => result.text)
  } catch (error) {
    // A frame that cannot be read is a frame with no code: the next one is a few ms away.
    console.error(error)
  }
  scope.postMessage({ id, texts })
})
