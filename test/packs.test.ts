// Every rule pack: valid (schema, patterns, no catastrophic backtracking), and its examples
// hold. The same examples run in `factdiff rules test`.
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../src/packs/loadPacks.js';
import { examplesExtractors, runExamples } from '../src/packs/runExamples.js';

const LANGUAGES = ['ar', 'de', 'en', 'es', 'fr', 'id', 'pt', 'ru'];

describe('rule packs', async () => {
  const packs = loadPacks({ checkAllBacktracking: true });
  const extractorFor = await examplesExtractors(packs);

  it('cover the eight languages', () => {
    expect([...packs.keys()].sort()).toEqual(expect.arrayContaining(LANGUAGES));
  });

  for (const [lang, pack] of [...packs].sort()) {
    describe(lang, () => {
      it('has at least 40 positive and 15 negative examples', () => {
        expect(pack.examples.length).toBeGreaterThanOrEqual(40);
        expect(pack.negatives.length).toBeGreaterThanOrEqual(15);
      });
      it('passes its examples', () => {
        expect(runExamples(pack, extractorFor)).toEqual([]);
      });
    });
  }
});
