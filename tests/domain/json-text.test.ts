import { expect, it } from 'vitest'
import { parseJsonObject, withoutBom } from '../../src/domain/json-text'

it('drops one leading byte order mark, and only that', () => {
  expect(withoutBom('\uFEFF{"a":1}')).toBe('{"a":1}')
  expect(withoutBom('{"a":1}')).toBe('{"a":1}')
  expect(withoutBom('\uFEFF\uFEFF{}')).toBe('\uFEFF{}')
  expect(withoutBom('{"a":"\uFEFF"}')).toBe('{"a":"\uFEFF"}')
})

it('reads a top-level object, and tells text that is not JSON from JSON that is not an object', () => {
  expect(parseJsonObject('{"format":"review-day.bundle"}')).toEqual({ format: 'review-day.bundle' })
  expect(parseJsonObject('{"format":')).toBe('not-json')
  expect(parseJsonObject('\uFEFF{}')).toBe('not-json')
  for (const json of ['[]', 'null', '42', '"text"'])
    expect(parseJsonObject(json)).toBe('not-an-object')
})
