import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import config from '../../vite.config'
import { parseHeaders } from '../e2e/serve.mjs'

// Issue 10, item 13: framing is refused only by a header, so public/_headers ships the headers
// for hosts that read it, and `npm start` (vite preview) sends the same.
const EXPECTED = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

it('public/_headers gives every path the security headers', () => {
  expect(parseHeaders(readFileSync('public/_headers', 'utf8'))).toEqual(EXPECTED)
})

it('npm start (vite preview) sends them', () => {
  expect(config.preview?.headers).toEqual(EXPECTED)
})
