// Properties over generated input (fast-check): extraction never throws and its offsets
// always point at the text; numbers and money written by Intl.NumberFormat in each
// language's own conventions come back with their value.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Extractor } from '../src/extract/Extractor.js';
import { loadPacks } from '../src/packs/loadPacks.js';
import type { RulePack } from '../src/packs/types.js';
import { LineIndex } from '../src/text/lineIndex.js';

const RUNS = 1000;
const LANGUAGES = ['ar', 'de', 'en', 'es', 'fr', 'id', 'pt', 'ru'];

let packs: Map<string, RulePack>;
let extractor: Extractor;
beforeAll(async () => {
  packs = loadPacks();
  extractor = await Extractor.create(packs);
});

/** Text mixing every script, digits of several systems, spaces, marks and numbers. */
const messyText = fc.array(
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom('5 Millionen Euro', '١٢٫٥ مليون', '€5 млн', '12,5 %', '24 августа 2024', '\u200f', '\u00a0', '\u202f', '\r\n', '\n', 'Q3 2024', '10:15', '$0,01', 'Pavel Durov', 'Жаслан Мадиев', 'زهاسلان مادييف', '😀'),
    fc.integer({ min: -1e9, max: 1e9 }).map(String),
  ),
  { maxLength: 30 },
).map((parts) => parts.join(' '));

describe('extraction on arbitrary text', () => {
  it('never throws, and every fact points at its text, line and column', () => {
    fc.assert(
      fc.property(messyText, fc.constantFrom(...LANGUAGES), (text, lang) => {
        const { facts } = extractor.extractDocument(text, lang);
        const lines = new LineIndex(text);
        for (const f of facts) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect({ line: f.line, column: f.column }).toEqual(lines.position(f.start));
          const before = text.slice(0, f.start);
          expect(f.line).toBe(before.split('\n').length);
          expect(f.column).toBe([...before.slice(before.lastIndexOf('\n') + 1)].length + 1);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

/** Amounts with up to two decimals, away from the 1900–2100 range that reads as a year. */
const amount = fc
  .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(([whole, cents, decimals]) => (decimals ? whole + cents / 100 : whole))
  .filter((n) => n < 1900 || n > 2100 || !Number.isInteger(n));

const closeTo = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function figuresOf(text: string, lang: string) {
  return extractor.extract(text, lang).filter((f) => f.type === 'number' || f.type === 'money' || f.type === 'percent');
}

describe.each(LANGUAGES)('numbers written the %s way', (lang) => {
  it('read back plain and grouped, in the language\'s digits', () => {
    fc.assert(
      fc.property(amount, fc.boolean(), (n, grouping) => {
        const text = new Intl.NumberFormat(lang, { useGrouping: grouping, maximumFractionDigits: 2 }).format(n);
        const figures = figuresOf(text, lang);
        expect(figures).toHaveLength(1);
        expect(closeTo(figures[0]!.value as number, n)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('read back with each scale word of the pack', () => {
    const scales = packs.get(lang)!.numbers.scales.filter((s) => !s.needsCurrency);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999 }), fc.constantFrom(...scales), fc.nat(), (n, scale, pick) => {
        const form = scale.forms[pick % scale.forms.length]!;
        const text = `${new Intl.NumberFormat(lang).format(n)} ${form}`;
        const figures = figuresOf(text, lang);
        // Past 2^53 a number cannot be held exactly: it is left out (with a note), never null.
        if (n * scale.value > Number.MAX_SAFE_INTEGER) expect(figures, text).toEqual([]);
        else {
          expect(figures, text).toHaveLength(1);
          expect(closeTo(figures[0]!.value as number, n * scale.value), text).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('read back as money in the currencies Intl formats', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('EUR', 'USD', 'GBP', 'JPY', 'RUB'), fc.constantFrom('symbol', 'code', 'name'), (n, currency, display) => {
        const text = new Intl.NumberFormat(lang, { style: 'currency', currency, currencyDisplay: display as 'symbol' | 'code' | 'name' }).format(n);
        const figures = figuresOf(text, lang);
        expect(figures, text).toHaveLength(1);
        const value = new Intl.NumberFormat('en', { style: 'currency', currency, useGrouping: false }).formatToParts(n).filter((p) => p.type === 'integer' || p.type === 'decimal' || p.type === 'fraction').map((p) => p.value).join('');
        expect(figures[0], text).toMatchObject({ type: 'money', currency });
        expect(closeTo(figures[0]!.value as number, Number(value)), text).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
