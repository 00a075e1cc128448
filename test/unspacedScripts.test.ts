// Scripts written without spaces between words: a word boundary falls between any two of
// their letters, so vocabulary is found inside a run of them, while spaced scripts keep
// whole-word matching.
import { describe, expect, it } from 'vitest';
import { LETTER_RE, WORD_CHAR_RE, WORD_END, wordStart } from '../src/text/regexSource.js';

const word = (rest: string) => new RegExp(`${wordStart()}(?:${rest})${WORD_END}`, 'gu');
const found = (rest: string, text: string) => [...text.matchAll(word(rest))].map((m) => m[0]);

describe('word boundaries by script', () => {
  it('never treats a letter of an unspaced script as continuing a word', () => {
    for (const ch of ['三', '万', 'ア', 'あ', 'ー', '々', 'ก']) expect(LETTER_RE.test(ch) || WORD_CHAR_RE.test(ch)).toBe(false);
    for (const ch of ['a', 'ß', 'я', 'ب', 'ש', 'ह', '한', 'ि', '5']) expect(WORD_CHAR_RE.test(ch)).toBe(true);
  });

  it('finds words inside runs of Han, Kana and Thai letters', () => {
    expect(found('美元', '三千五百万美元的')).toEqual(['美元']);
    expect(found('ドル', '500万ドルを')).toEqual(['ドル']);
    expect(found('ล้าน', 'ห้าล้านบาท')).toEqual(['ล้าน']);
  });

  it('keeps whole words in spaced scripts, Hangul included', () => {
    expect(found('euro', 'euros euro neuro')).toEqual(['euro']);
    expect(found('억', '억 원 기억')).toEqual(['억']);
  });
});
