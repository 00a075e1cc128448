// A WordStartRegex finds exactly what the one regex, lookbehind and rest together, finds:
// the same matches, groups and indices, on any text, for the kinds of regex the engine builds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordStart } from '../src/text/regexSource.js';
import { WordStartRegex } from '../src/text/WordStartRegex.js';

const ARABIC_PREFIXES = ['ب', 'ف', 'ك', 'ل', 'و'];

const CASES: Array<{ prefixes: string[]; rest: string; flags: string }> = [
  { prefixes: [], rest: '(?:zwei|drei|hundert|mio\\.)(?![\\p{L}\\p{M}\\p{N}])', flags: 'giu' },
  { prefixes: [], rest: '(?:(?<day>[0-9]{1,2})\\.\\s?(?<month>mai|juni))(?![\\p{L}\\p{M}\\p{N}])', flags: 'giud' },
  { prefixes: [], rest: '(?:Q(?<q>[1-4]))(?![\\p{L}\\p{M}\\p{N}])', flags: 'gud' },
  { prefixes: ARABIC_PREFIXES, rest: '(?:(?:ال)?عام\\s+[0-9]{4})(?![\\p{L}\\p{M}\\p{N}])', flags: 'giud' },
  { prefixes: ARABIC_PREFIXES, rest: '(?:خمسة|عشر)(?:\\s+(?:خمسة|عشر))*', flags: 'giu' },
  // A rest that may match nothing, and rests that may start at or inside a surrogate pair.
  { prefixes: [], rest: '(?:ab)?', flags: 'giu' },
  { prefixes: [], rest: '(?:😀|x)+', flags: 'giu' },
  { prefixes: [], rest: '[^x]', flags: 'giu' },
  { prefixes: [], rest: '\\p{L}+', flags: 'gu' },
];

const text = fc
  .array(
    fc.oneof(
      fc.constantFrom('zwei', 'Drei', 'hundert', 'Mio.', 'xzwei', '24. Mai', '3.juni', 'Q3', 'q4', 'عام 2024', 'والعام 2023', 'بعام 1999', 'خمسة عشر', 'وخمسة', 'ab', 'xab', '😀', 'x😀x', '\u{10000}', '\ud800', '\udc00', ' ', '\n', '-', '5'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));

const asData = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => ({ index: m.index, text: m[0], groups: { ...m.groups }, indices: m.indices && [...m.indices] }));

describe('WordStartRegex', () => {
  for (const { prefixes, rest, flags } of CASES) {
    it(`matches as /${rest}/${flags} after a word start${prefixes.length ? ' or glued prefix' : ''}`, () => {
      const one = new RegExp(`${wordStart(prefixes)}${rest}`, flags);
      const split = new WordStartRegex(wordStart(prefixes), rest, flags);
      fc.assert(
        fc.property(text, (t) => {
          expect(asData(split.matchAll(t))).toEqual(asData(t.matchAll(one)));
          expect(split.test(t)).toBe(new RegExp(one.source, flags.replace('g', '')).test(t));
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('searches the way String.prototype.matchAll does, interleaved searches included', () => {
    const split = new WordStartRegex(wordStart(), '(?:a|b)', 'giu');
    const outer = split.matchAll('a b a');
    outer.next();
    expect([...split.matchAll('b a')].map((m) => m.index)).toEqual([0, 2]);
    expect([...outer].map((m) => m.index)).toEqual([2, 4]);
  });
});
