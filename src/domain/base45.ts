// Base45 (RFC 9285): bytes as text in the 45 characters of a QR code's alphanumeric mode, which
// packs two characters into 11 bits. Two bytes become three characters, so a byte costs 8.25 bits
// of the code where base64 in byte mode costs 10.7 and base32 in alphanumeric mode 8.8. The EU's
// COVID certificates chose it for the same reason.

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]))

/** The bytes as base45 text. */
export function toBase45(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const n = (bytes[i] as number) * 256 + (bytes[i + 1] as number)
    out += digits(n, 3)
  }
  if (bytes.length % 2 === 1) out += digits(bytes[bytes.length - 1] as number, 2)
  return out
}

function digits(n: number, count: number): string {
  let out = ''
  for (let k = 0; k < count; k++) {
    out += ALPHABET[n % 45]
    n = Math.floor(n / 45)
  }
  return out
}

/**
 * The bytes of base45 text, or undefined if it is not base45: a character outside the alphabet,
 * a length that leaves one character over, or a group over its largest value (each text decodes
 * to one byte string and back to the same text, so a changed character is never read as valid
 * text with the same bytes).
 */
export function fromBase45(text: string): Uint8Array | undefined {
  if (text.length % 3 === 1) return undefined
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0))
  let o = 0
  for (let i = 0; i < text.length; i += 3) {
    const group = text.slice(i, i + 3)
    let n = 0
    for (let k = group.length - 1; k >= 0; k--) {
      const v = VALUES.get(group[k] as string)
      if (v === undefined) return undefined
      n = n * 45 + v
    }
    if (group.length === 3) {
      if (n > 0xffff) return undefined
      out[o++] = n >>> 8
      out[o++] = n & 0xff
    } else {
      if (n > 0xff) return undefined
      out[o++] = n
    }
  }
  return out
}
