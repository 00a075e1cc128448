// Extraction time is linear in the input in every language, names included: long,
// repetitive inputs (generated with fast-check from a few fragments of every script, digits
// and separators) take about four times as long at four times the length. (A 5 MB line that once
// overflowed the stack is in hostile.cli.test.ts.)
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Extractor } from '../src/extract/Extractor.js';
import { loadPacks } from '../src/packs/loadPacks.js';

const LANGUAGES = ['ar', 'de', 'en', 'es', 'fr', 'id', 'pt', 'ru'];
/** Code units of the shorter input; the longer has four times as many. */
const SIZE = 24_000;
/** A shared machine makes timings noisy: the bound leaves twice the room for that, and still fails on quadratic time (16×). */
const MOST_RATIO = 8;

let extractor: Extractor;
beforeAll(() => {
  extractor = Extractor.create(loadPacks());
});

/** Pieces that stress one component each: capitalised runs (names), digit runs and groups (numbers), titles, dates, long words, line breaks. */
const fragment = fc
  .array(
    fc.constantFrom(
      'Anna Berg ', 'Pavel Durov ', 'Павел Дуров ', 'الرئيس محمد ', 'Minister Dr. ', '1,000,000,', '1.000.000 ', '12,5 Mio. ', '١٢٫٥ ',
      '5 Millionen Euro, ', 'a thousand billion dollars ', '24 August 2024 ', '1-', '1.', '(((', ')))', '\n', 'a', 'Q3 ', '10:15 ', '€', '%',
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(''));

const repeated = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

/** The fastest of three runs, in milliseconds. */
function timeOf(text: string, lang: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    extractor.extractDocument(text, lang);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('extraction time on long repetitive input', () => {
  it.each(LANGUAGES)('%s: four times the input takes about four times the time', (lang) => {
    fc.assert(
      fc.property(fragment, (piece) => {
        timeOf(repeated(piece, SIZE / 4), lang);
        // Measured again (at most three times) when over the bound: other jobs on the machine
        // slow one measurement now and then, while quadratic time is over it every time.
        let once = 0;
        let fourTimes = Infinity;
        for (let attempt = 0; attempt < 3 && fourTimes > Math.max(MOST_RATIO * once, 20); attempt++) {
          once = timeOf(repeated(piece, SIZE), lang);
          fourTimes = timeOf(repeated(piece, 4 * SIZE), lang);
        }
        // Below a few milliseconds the ratio is all noise.
        expect(fourTimes).toBeLessThanOrEqual(Math.max(MOST_RATIO * once, 20));
      }),
      { numRuns: 3, seed: 12 },
    );
  }, 180_000);
});
