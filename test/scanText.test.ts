import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanText } from '../src/text/scanText.js';
import { LineIndex } from '../src/text/lineIndex.js';

describe('scanText', () => {
  it('keeps the length and maps digits of every script to ASCII', () => {
    const text = '١٢٫٥ مليون و۱۲ और १२';
    const scan = scanText(text);
    expect(scan.length).toBe(text.length);
    expect(scan).toBe('12٫5 مليون و12 और 12');
  });

  it('turns spaces and invisible marks into plain spaces', () => {
    expect(scanText('5\u00a0000\u202f€ \u200f12\u200b3')).toBe('5 000 €  12 3');
  });

  it('keeps a joiner (ZWNJ, ZWJ) between two letters, and makes it a space elsewhere', () => {
    expect(scanText('میلیون\u200cها')).toBe('میلیون\u200cها');
    expect(scanText('هزار\u200c تومان')).toBe('هزار  تومان');
    expect(scanText('5\u200c%')).toBe('5 %');
  });

  it('turns the minus sign and the hyphens (Hebrew maqaf too) into a hyphen', () => {
    expect(scanText('\u22123 %')).toBe('-3 %');
    expect(scanText('ב\u05be2019 \u20105')).toBe('ב-2019 -5');
  });

  it('turns full-width ASCII into ASCII, but not the full-width clause comma', () => {
    expect(scanText('３．５％，＄５')).toBe('3.5%，$5');
  });

  it('returns plain text unchanged', () => {
    const text = 'Er zahlte 5 Millionen Euro.';
    expect(scanText(text)).toBe(text);
  });
});

describe('LineIndex', () => {
  it('gives 1-based lines and code-point columns', () => {
    const text = 'ab\n😀x 5\r\nend';
    const index = new LineIndex(text);
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(text.indexOf('5'))).toEqual({ line: 2, column: 4 });
    expect(index.position(text.indexOf('end'))).toEqual({ line: 3, column: 1 });
  });

  it('answers offsets asked out of order', () => {
    const text = 'one two three';
    const index = new LineIndex(text);
    expect(index.position(8)).toEqual({ line: 1, column: 9 });
    expect(index.position(4)).toEqual({ line: 1, column: 5 });
  });

  it('agrees with counting code points from the line start, on long lines and lone surrogates too', () => {
    const piece = fc.constantFrom('a', ' ', '\n', '\r\n', '😀', '\ud800', '\udc00', 'é', 'x'.repeat(5000));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.nat(), (text, seed) => {
        const index = new LineIndex(text);
        const offset = text.length ? seed % (text.length + 1) : 0;
        const before = text.slice(0, offset);
        const lineText = before.slice(before.lastIndexOf('\n') + 1);
        // A pair cut by the offset counts as one code point, at its start.
        expect(index.position(offset)).toEqual({ line: before.split('\n').length, column: [...lineText].length + 1 });
      }),
      { numRuns: 500 },
    );
  });
});
