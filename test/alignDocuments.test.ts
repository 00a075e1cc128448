// Alignment: which figures of two versions are the same fact although their values differ,
// from the facts both versions agree on (anchors) and, in line-aligned translations, lines.
import { describe, expect, it } from 'vitest';
import { alignDocuments, type Pairing } from '../src/reconcile/alignDocuments.js';
import { agreementClusters } from '../src/reconcile/clusters.js';
import type { StoryDocument } from '../src/reconcile/types.js';
import { date, doc, money, name, num, percent, type FactInput } from './helpers/facts.js';

function align(docs: StoryDocument[], tolerance = 0): Pairing[] {
  return alignDocuments(agreementClusters(docs, tolerance), docs.length);
}

/** A pairing as the two values it joins, smaller cluster id first, and its votes. */
function pairs(pairings: readonly Pairing[]): Array<{ values: Array<number | string>; votes: number; lineVotes: number }> {
  return pairings
    .map((p) => ({ values: [p.itemA.fact.value, p.itemB.fact.value].sort((a, b) => String(a).localeCompare(String(b))), votes: p.votes, lineVotes: p.lineVotes }))
    .sort((a, b) => JSON.stringify(a.values).localeCompare(JSON.stringify(b.values)));
}

/** Facts on one line each, but two documents whose lines do not correspond (one has a lead line). */
function unaligned(path: string, lang: string, facts: FactInput[], shift: number): StoryDocument {
  const d = doc(path, lang, facts);
  for (const f of d.facts) f.line += shift;
  return d;
}

describe('alignDocuments', () => {
  it('pairs the one differing figure of a type between the same two anchors', () => {
    const a = unaligned('a', 'de', [date('2024-08-28'), money(5e6, 'EUR'), percent(25)], 0);
    const b = unaligned('b', 'en', [date('2024-08-28'), money(5e9, 'EUR'), percent(25)], 5);
    const pairings = align([a, b]);
    expect(pairs(pairings)).toEqual([{ values: [5e6, 5e9], votes: 1, lineVotes: 0 }]);
    const [p] = pairings;
    expect([...p!.docsA, ...p!.docsB].sort()).toEqual([0, 1]);
    expect([...p!.itemsA, ...p!.itemsB].map((i) => i.fact.value).sort()).toEqual([5e6, 5e9]);
  });

  it('never guesses between two candidates of a type in one stretch', () => {
    const a = unaligned('a', 'de', [date('2024-08-28'), num(12), num(40), percent(25)], 0);
    const b = unaligned('b', 'en', [date('2024-08-28'), num(13), num(41), percent(25)], 5);
    expect(align([a, b])).toEqual([]);
  });

  it('pairs the one figure of a unit when other figures of the stretch differ too', () => {
    // 136 km/h against 137 km/h and 620 km against 624 km on one line: each unit pairs alone.
    const km = (value: number) => num(value, { unit: 'kilometer' });
    const kmh = (value: number) => num(value, { unit: 'kilometer-per-hour' });
    const line = (facts: FactInput[]) => facts.map((f) => ({ ...f, line: 2 }));
    const a = doc('a', 'de', [date('2024-08-28'), ...line([kmh(136), num(1), km(620)]), percent(25), date('2023')]);
    const b = doc('b', 'es', [date('2024-08-28'), ...line([kmh(137), num(2), km(624)]), percent(25), date('2023')]);
    expect(pairs(align([a, b]))).toEqual([
      { values: [136, 137], votes: 1, lineVotes: 1 },
      { values: [620, 624], votes: 1, lineVotes: 1 },
    ]);
  });

  it('never pairs figures of different types', () => {
    const a = unaligned('a', 'de', [date('2024-08-28'), num(12), percent(25)], 0);
    const b = unaligned('b', 'en', [date('2024-08-28'), money(13, 'EUR'), percent(25)], 5);
    expect(align([a, b])).toEqual([]);
  });

  it('keeps figures of different stretches apart', () => {
    // 12 before the percentage in one version, 13 after it in the other: not one fact.
    const a = unaligned('a', 'de', [date('2024-08-28'), num(12), percent(25), date('2023')], 0);
    const b = unaligned('b', 'en', [date('2024-08-28'), percent(25), num(13), date('2023')], 5);
    expect(align([a, b])).toEqual([]);
  });

  it('lets what both versions state in a stretch cancel out, and pairs what is left', () => {
    // 5 Mio. EUR twice in each version (no anchor), once in the stretch with the differing numbers.
    const a = unaligned('a', 'de', [money(5e6, 'EUR'), date('2024-08-28'), money(5e6, 'EUR'), num(1250), percent(25)], 0);
    const b = unaligned('b', 'en', [money(5e6, 'EUR'), date('2024-08-28'), num(1350), money(5e6, 'EUR'), percent(25)], 5);
    expect(pairs(align([a, b]))).toEqual([{ values: [1250, 1350], votes: 1, lineVotes: 0 }]);
  });

  it('uses only anchors in the same order in both versions', () => {
    // 2023 and 25 % swap places in b: they cannot both anchor; the differing money still pairs.
    const a = unaligned('a', 'de', [date('2024-08-28'), percent(25), date('2023'), money(5e6, 'EUR'), num(7)], 0);
    const b = unaligned('b', 'en', [date('2024-08-28'), date('2023'), percent(25), money(5e9, 'EUR'), num(7)], 5);
    expect(pairs(align([a, b]))).toEqual([{ values: [5e6, 5e9], votes: 1, lineVotes: 0 }]);
  });

  it('aligns line by line when the versions keep the line structure, and counts line votes', () => {
    // Two money amounts differ between the same anchors: by position alone that is a guess,
    // but the lines say which is which.
    const facts = (x: number, y: number) => [date('2024-08-28'), percent(25), money(x, 'EUR'), money(y, 'EUR'), date('2023'), num(7)];
    const a = doc('a', 'de', facts(5e6, 12e6));
    const b = doc('b', 'en', facts(5e9, 12e9));
    expect(pairs(align([a, b]))).toEqual([
      { values: [12e6, 12e9], votes: 1, lineVotes: 1 },
      { values: [5e6, 5e9], votes: 1, lineVotes: 1 },
    ]);
    // Without the line structure they are two candidates in one stretch: no pairing.
    expect(align([unaligned('a', 'de', facts(5e6, 12e6), 0), unaligned('b', 'en', facts(5e9, 12e9), 7)])).toEqual([]);
  });

  it('counts each pair of versions that aligns the two values, and who says which', () => {
    const version = (path: string, lang: string, value: number) => unaligned(path, lang, [date('2024-08-28'), money(value, 'EUR'), percent(25)], path.charCodeAt(0));
    const docs = [version('a', 'de', 5e6), version('b', 'id', 5e6), version('c', 'ru', 5e6), version('d', 'pt', 5e9)];
    const pairings = align(docs);
    expect(pairings).toHaveLength(1);
    const p = pairings[0]!;
    expect(p.votes).toBe(3);
    const [minor, major] = p.docsA.size < p.docsB.size ? [p.docsA, p.docsB] : [p.docsB, p.docsA];
    expect([...minor]).toEqual([3]);
    expect([...major].sort()).toEqual([0, 1, 2]);
  });

  it('leaves names to the name comparison', () => {
    const a = unaligned('a', 'de', [date('2024-08-28'), name('person', 'Baglan Madiyev', 'de'), percent(25)], 0);
    const b = unaligned('b', 'en', [date('2024-08-28'), name('person', 'Pavel Durov', 'en'), percent(25)], 5);
    expect(align([a, b])).toEqual([]);
  });

  it('pairs nothing when the versions agree', () => {
    const facts = [date('2024-08-28'), money(5e6, 'EUR'), percent(25)];
    expect(align([doc('a', 'de', facts), doc('b', 'en', facts), doc('c', 'ru', facts)])).toEqual([]);
  });
});
