// Runs tests/bench/qr-figures.ts (the QR transfer's measurements) on its own, outside `npm test`.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/bench/qr-figures.ts'],
    environment: 'node',
    testTimeout: 3_600_000,
    // The sections print their tables in order.
    sequence: { concurrent: false },
  },
})
