import { describe, expect, it } from 'vitest'
import {
  ERROR_CODES,
  errorMessageKey,
  errorMessageVars,
  isReviewDayError,
  ReviewDayError,
  toReviewDayError,
} from '../../src/domain/errors'
import { ConflictError } from '../../src/domain/merge'
import { errors } from '../../src/ui/messages/en-errors'
import { formatEntry } from '../../src/ui/messages/format'

const say = (error: ReviewDayError) =>
  formatEntry('en-GB', errors[errorMessageKey(error)], errorMessageVars(error))

describe('typed errors', () => {
  it('every error code has a plain sentence for people', () => {
    for (const code of ERROR_CODES) {
      const sentence = errors[`error.${code}`]
      expect(sentence, code).toMatch(/^[A-Z].+\.$/)
    }
    expect(Object.keys(errors).sort()).toEqual(ERROR_CODES.map((c) => `error.${c}`).sort())
  })

  it('fills the size limit into the too-large sentence in megabytes', () => {
    const error = new ReviewDayError('bundle/too-large', { limit: 50 * 1024 * 1024 })
    expect(say(error)).toContain('the limit is 50 MB')
    expect(say(error)).not.toMatch(/[{}]/)
  })

  it('names the first problems of an invalid bundle', () => {
    const error = new ReviewDayError('bundle/invalid', {
      paths: ['records[3].versions[0].data.notes[2].text', 'digest'],
    })
    expect(say(error)).toContain('records[3].versions[0].data.notes[2].text; digest')
  })

  it('tells people to update the app for a bundle from a newer version', () => {
    expect(say(new ReviewDayError('bundle/newer-version', { version: 2 }))).toMatch(
      /Update the app/,
    )
  })

  it('keeps English out of the error itself, so logs show the code', () => {
    const error = new ReviewDayError('bundle/empty')
    expect(error.message).toBe('bundle/empty')
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('ReviewDayError')
  })

  it('a conflict refusal is a typed error with its own sentence', () => {
    const error = new ConflictError()
    expect(isReviewDayError(error, 'record/conflicted')).toBe(true)
    expect(say(error)).toMatch(/Choose which to keep/)
  })

  it('narrows by code and wraps anything else as unknown, keeping the cause', () => {
    const ours = new ReviewDayError('bundle/sealed')
    expect(isReviewDayError(ours, 'bundle/sealed')).toBe(true)
    expect(isReviewDayError(ours, 'bundle/empty')).toBe(false)
    expect(toReviewDayError(ours)).toBe(ours)
    const cause = new TypeError('boom')
    const wrapped = toReviewDayError(cause)
    expect(wrapped.code).toBe('unknown')
    expect(wrapped.cause).toBe(cause)
  })
})
