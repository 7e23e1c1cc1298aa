import { describe, expect, it } from 'vitest'
import { gradingWords } from '../../src/domain/grading-words'
import { PHRASES_CY, WORDS_CY } from '../../src/domain/grading-words-cy'

// The hint's own matcher, which takes both languages' lists and matches phrases as whole words.
const judging = gradingWords

describe('the Welsh grading words', () => {
  it('are lower case, each listed once, words single runs of letters and phrases whole words', () => {
    for (const entry of [...WORDS_CY, ...PHRASES_CY]) {
      expect(entry).toBe(entry.toLocaleLowerCase('cy'))
    }
    expect(new Set(WORDS_CY).size).toBe(WORDS_CY.length)
    expect(new Set(PHRASES_CY).size).toBe(PHRASES_CY.length)
    for (const word of WORDS_CY) expect(word).toMatch(/^\p{L}+$/u)
    for (const phrase of PHRASES_CY) expect(phrase).toMatch(/^\p{L}+( \p{L}+)+$/u)
  })

  it('catch judging sentences, with the word in its mutated form', () => {
    const cases: [string, string][] = [
      ['Roedd yr addysgu yn ragorol.', 'ragorol'],
      ['Gwers ardderchog ym Mlwyddyn 6.', 'ardderchog'],
      ['Mae’r marcio yn wan.', 'wan'],
      ['Gwers wael oedd hi.', 'wael'],
      ['Mae’r ddarpariaeth yn anfoddhaol.', 'anfoddhaol'],
      ['Roedd yn wers dda.', 'wers dda'],
      ['Gwers dda mewn mathemateg.', 'gwers dda'],
      ['Athrawes dda iawn.', 'athrawes dda'],
      ['Mae angen gwella’r marcio.', 'angen gwella'],
      ['Mae’r ysgol mewn mesurau arbennig.', 'mesurau arbennig'],
      ['Roedd y cynllun yn fethiant.', 'fethiant'],
      ['Mae’r adnoddau’n ddiwerth.', 'ddiwerth'],
    ]
    for (const [sentence, word] of cases) expect(judging(sentence), sentence).toContain(word)
  })

  it('leave descriptive sentences alone, including lessons whose names begin like “dda”', () => {
    const neutral = [
      'Esboniodd parau o ddisgyblion sut roedden nhw’n tynnu, gan ddefnyddio’r sbardun.',
      'Yn y wers ddawns, gweithiodd y disgyblion mewn grwpiau o bedwar.',
      'Gwers ddarllen gyda Blwyddyn 2; roedd y disgyblion yn darllen yn uchel i’w partner.',
      'Holodd athro daearyddiaeth gwestiwn agored am yr afon.',
      'Waeth beth oedd y dasg, trodd y disgyblion at eu partner yn gyntaf.',
      'Sut gallai’r ysgol gadw’r siarad i fynd wrth symud at ymresymu ysgrifenedig?',
    ]
    for (const sentence of neutral) expect(judging(sentence), sentence).toEqual([])
  })
})
