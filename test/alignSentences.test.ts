// Sentence alignment of a version to the pivot: anchors fix the path, and between them the
// sentences link one to one, one to two (split), two to one (merged) or to none (left out).
import { describe, expect, it } from 'vitest';
import { alignSentences, type SentenceLink } from '../src/reconcile/alignSentences.js';
import { agreementClusters } from '../src/reconcile/clusters.js';
import { sentenceUnits } from '../src/reconcile/sentenceUnits.js';
import type { StoryDocument } from '../src/reconcile/types.js';
import { date, doc, money, num, percent, type FactInput } from './helpers/facts.js';

/** A document whose facts stand in the sentences given: one list of facts a sentence. */
function sentences(path: string, lang: string, list: FactInput[][]): StoryDocument {
  return doc(path, lang, list.flatMap((facts, s) => facts.map((f) => ({ ...f, sentence: s, line: 1 }))));
}

/** The links as pairs of sentence indices, pivot first. */
function links(pivot: StoryDocument, version: StoryDocument): Array<[number[], number[]]> {
  const docs = [pivot, version];
  const units = sentenceUnits(agreementClusters(docs, 0), 2);
  return alignSentences(units[0]!, units[1]!).map((l: SentenceLink) => [l.pivot.map((u) => u.sentence), l.version.map((u) => u.sentence)]);
}

describe('alignSentences', () => {
  it('links sentence to sentence, an unanchored one between two anchors included', () => {
    const a = sentences('a', 'en', [[date('2024-08-28')], [num(3), percent(45)], [money(2e6, 'EUR')]]);
    const b = sentences('b', 'de', [[date('2024-08-28')], [num(4), percent(54)], [money(2e6, 'EUR')]]);
    expect(links(a, b)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it('links one sentence to the two a translation split it into', () => {
    const a = sentences('a', 'en', [[date('2024-08-28')], [money(5e6, 'EUR'), percent(25)], [num(1200)]]);
    const b = sentences('b', 'de', [[date('2024-08-28')], [money(5e6, 'EUR')], [percent(25)], [num(1200)]]);
    expect(links(a, b)).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
    ]);
  });

  it('leaves a sentence the translation dropped linked to none', () => {
    const a = sentences('a', 'en', [[date('2024-08-28')], [money(5e6, 'EUR')], [percent(25), num(40)], [num(1200)]]);
    const b = sentences('b', 'de', [[date('2024-08-28')], [money(5e6, 'EUR')], [num(1200)]]);
    expect(links(a, b)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
      [[3], [2]],
    ]);
  });

  it('keeps a sentence at its place when the version\'s facts end early (names it does not read)', () => {
    const time = (value: string): FactInput => ({ type: 'time', value });
    const a = sentences('a', 'en', [[num(100)], [num(200)], [time('10:15')], [num(3)], [num(4)]]);
    const b = sentences('b', 'ru', [[num(100)], [num(200)], [time('10:13')]]);
    expect(links(a, b)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], []],
      [[4], []],
    ]);
  });

  it('links two sentences to two where a translation tells their facts in the other order', () => {
    const time = (value: string): FactInput => ({ type: 'time', value });
    const a = sentences('a', 'de', [[num(100)], [date('2018-09-29'), percent(55)], [time('19:00')], [num(400)]]);
    const b = sentences('b', 'ar', [[num(100)], [time('16:00'), percent(55)], [date('2018-09-29')], [num(400)]]);
    expect(links(a, b)).toEqual([
      [[0], [0]],
      [[1, 2], [1, 2]],
      [[3], [3]],
    ]);
  });

  it('keeps the order of the anchors: a fact stated again out of order does not cross the path', () => {
    const a = sentences('a', 'en', [[num(100)], [num(200)], [num(300)], [num(400)]]);
    const b = sentences('b', 'de', [[num(100)], [num(200)], [num(300)], [num(400)], [num(100)]]);
    const got = links(a, b);
    expect(got.slice(0, 4)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
  });
});
