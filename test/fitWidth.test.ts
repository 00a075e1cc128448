// Cells and lines measured as a terminal shows them.
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { fitWidth } from '../src/format/fitWidth.js';
import { wrapWidth } from '../src/format/wrapWidth.js';

describe('fitWidth', () => {
  it('pads by display width: combining marks take no column, CJK two', () => {
    expect(fitWidth('Jose\u0301', 6)).toBe('Jose\u0301  ');
    expect(fitWidth('東京', 6)).toBe('東京  ');
    expect(fitWidth('زَهاسلان', 9)).toBe('زَهاسلان  ');
  });

  it('cuts between grapheme clusters and keeps the width', () => {
    expect(fitWidth('Jose\u0301 Martinez', 5)).toBe('Jose\u0301…');
    expect(stringWidth(fitWidth('東京都庁舎', 6))).toBe(6);
    expect(fitWidth('東京都庁舎', 6)).toBe('東京… ');
  });
});

describe('wrapWidth', () => {
  it('breaks between words at the width', () => {
    expect(wrapWidth('one digit differs: 2800000000 (de) vs 2900000000 (ru)', 24)).toEqual(['one digit differs:', '2800000000 (de) vs', '2900000000 (ru)']);
    expect(wrapWidth('short', 24)).toEqual(['short']);
  });
});
