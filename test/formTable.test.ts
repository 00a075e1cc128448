// A FormTable finds what the regex alternation it replaced found (the longest form, any case,
// no letter after it; past one to three blanks or a hyphen after a figure; before a figure,
// glued on or up to three blanks, at a word's start within reach), and looks it up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternation } from '../src/text/regexSource.js';
import { FormTable } from '../src/text/FormTable.js';

const FORMS = new Map([
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['€', 'EUR'],
  ['$', 'USD'],
  ['us$', 'USD'],
  ['rp', 'IDR'],
  ['r$', 'BRL'],
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['schweizer franken', 'CHF'],
]);
const table = new FormTable(FORMS);
const BLANKS = '[ \\t]{1,3}';
const after = new RegExp(`(?:${BLANKS}|-)?(${alternation(FORMS.keys())})(?![\\p{L}\\p{M}])`, 'iuy');
const before = new RegExp(`(?<![\\p{L}\\p{M}])(${alternation(FORMS.keys())})(?:${BLANKS})?$`, 'iu');

/** What the regexes found, looked up as the engine did. */
function regexAfter(text: string, at: number) {
  after.lastIndex = at;
  const m = after.exec(text);
  const value = m ? FORMS.get(m[1]!.toLocaleLowerCase()) : undefined;
  return value === undefined ? undefined : { value, end: after.lastIndex };
}
function regexBefore(text: string, start: number, reach: number) {
  const window = text.slice(Math.max(0, start - reach), start);
  const m = before.exec(window);
  const value = m ? FORMS.get(m[1]!.toLocaleLowerCase()) : undefined;
  return value === undefined ? undefined : { value, start: start - m![0].length };
}

describe('FormTable', () => {
  it('finds the longest form after a figure, in any case, past blanks or a hyphen', () => {
    expect(table.afterFigure('5 Euros.', 1)).toEqual({ value: 'EUR', start: 2, end: 7 });
    expect(table.afterFigure('5€', 1)).toEqual({ value: 'EUR', start: 1, end: 2 });
    expect(table.afterFigure('5-dollar bill', 1)).toEqual({ value: 'USD', start: 2, end: 8 });
    expect(table.afterFigure('100 Schweizer Franken', 3)).toEqual({ value: 'CHF', start: 4, end: 21 });
    expect(table.afterFigure('5 Europa', 1)).toBeUndefined();
    expect(table.afterFigure('5    Euro', 1)).toBeUndefined();
  });

  it('finds a form before a figure at the start of a word, within reach', () => {
    expect(table.beforeFigure('für US$5', 7, 8)).toEqual({ value: 'USD', start: 4, end: 7 });
    expect(table.beforeFigure('Rp 5.000', 3, 8)).toEqual({ value: 'IDR', start: 0, end: 2 });
    expect(table.beforeFigure('Harp 5', 5, 8)).toBeUndefined();
  });

  it('agrees with the regex alternation on any text', () => {
    const piece = fc.constantFrom('5', ' ', '  ', '\t', '-', 'euro', 'Euros', 'EURO', '€', '$', 'US$', 'r$', 'Rp', 'a', 'é', 'dollars', 'x', '.', 'schweizer franken');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), (pieces, seed) => {
        const text = pieces.join('');
        const at = text.length ? seed % (text.length + 1) : 0;
        const found = table.afterFigure(text, at);
        expect(found && { value: found.value, end: found.end }).toEqual(regexAfter(text, at));
        const back = table.beforeFigure(text, at, 8);
        expect(back && { value: back.value, start: back.start }).toEqual(regexBefore(text, at, 8));
      }),
      { numRuns: 3000 },
    );
  });
});
