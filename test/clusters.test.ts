// Agreement clusters: which mentions of a story state the same fact with the same value.
import { describe, expect, it } from 'vitest';
import { agreementClusters, dateClaim, nameKeyOf, numbersAgree, type Cluster } from '../src/reconcile/clusters.js';
import { date, doc, fact, money, name, num, percent } from './helpers/facts.js';

/** Each cluster as its type and, per document, the values it holds: easy to compare whole. */
function summary(clusters: readonly Cluster[]): Array<{ type: string; items: Array<[number, number | string]> }> {
  return clusters
    .map((c) => ({ type: c.type, items: c.items.map((i) => [i.doc, i.fact.value] as [number, number | string]).sort((a, b) => a[0] - b[0] || String(a[1]).localeCompare(String(b[1]))) }))
    .sort((a, b) => (a.type + JSON.stringify(a.items)).localeCompare(b.type + JSON.stringify(b.items)));
}

describe('numbers, percentages and money', () => {
  it('never mix: 25, 25 % and 25 EUR are three facts', () => {
    const clusters = agreementClusters([doc('a', 'de', [num(25), percent(25), money(25, 'EUR')]), doc('b', 'en', [percent(25)]), doc('c', 'ru', [num(25)])], 0);
    expect(summary(clusters)).toEqual([
      { type: 'money', items: [[0, 25]] },
      { type: 'number', items: [[0, 25], [2, 25]] },
      { type: 'percent', items: [[0, 25], [1, 25]] },
    ]);
  });

  it('money agrees only in the same currency', () => {
    const clusters = agreementClusters([doc('a', 'de', [money(5e6, 'EUR')]), doc('b', 'id', [money(5e6, 'EUR')]), doc('c', 'en', [money(5e6, 'USD')])], 0);
    expect(summary(clusters)).toEqual([
      { type: 'money', items: [[0, 5e6], [1, 5e6]] },
      { type: 'money', items: [[2, 5e6]] },
    ]);
    expect(clusters.find((c) => c.docs.size === 2)!.items.every((i) => i.fact.currency === 'EUR')).toBe(true);
  });

  it('agree when they round to one value at the coarser written precision', () => {
    const coarse = fact({ type: 'number', value: 12.5e6, precision: 1e5 });
    const fine = fact({ type: 'number', value: 12.48e6, precision: 1e4 });
    expect(numbersAgree(coarse, fine, 0)).toBe(true);
    expect(numbersAgree(fact({ type: 'number', value: 12.6e6, precision: 1e5 }), fine, 0)).toBe(false);
    const clusters = agreementClusters([doc('a', 'de', [{ ...num(12.5e6), precision: 1e5 }]), doc('b', 'en', [{ ...num(12.48e6), precision: 1e4 }])], 0);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.docs).toEqual(new Set([0, 1]));
  });

  it('need equal values when no precision is known and no tolerance given', () => {
    expect(numbersAgree(fact({ type: 'number', value: 300 }), fact({ type: 'number', value: 300 }), 0)).toBe(true);
    expect(numbersAgree(fact({ type: 'number', value: 300 }), fact({ type: 'number', value: 300.4 }), 0)).toBe(false);
    // "300" is written to the unit: 301 is one more, not a rounding of it.
    expect(numbersAgree(fact({ type: 'number', value: 300, precision: 1 }), fact({ type: 'number', value: 301, precision: 1 }), 0)).toBe(false);
  });

  it('agree within --tolerance, a relative difference beyond the rounding', () => {
    const a = fact({ type: 'number', value: 12.6e6, precision: 1e5 });
    const b = fact({ type: 'number', value: 12.48e6, precision: 1e4 });
    expect(numbersAgree(a, b, 0)).toBe(false);
    expect(numbersAgree(a, b, 0.01)).toBe(true);
    expect(numbersAgree(fact({ type: 'number', value: 100 }), fact({ type: 'number', value: 103 }), 0.02)).toBe(false);
    expect(numbersAgree(fact({ type: 'number', value: 100 }), fact({ type: 'number', value: 102 }), 0.02)).toBe(true);
    const story = [doc('a', 'de', [{ ...num(100), precision: 1 }]), doc('b', 'en', [{ ...num(101), precision: 1 }])];
    expect(agreementClusters(story, 0)).toHaveLength(2);
    expect(agreementClusters(story, 0.02)).toHaveLength(1);
  });

  it('never let a rounded value hide a difference between two finer ones', () => {
    // "8" could round from 7.5 or from 7.7: it joins neither, and 7.5 and 7.7 stay apart.
    const clusters = agreementClusters(
      [doc('a', 'de', [{ ...num(8), precision: 1 }]), doc('b', 'en', [{ ...num(7.5), precision: 0.1 }]), doc('c', 'ru', [{ ...num(7.7), precision: 0.1 }])],
      0,
    );
    expect(summary(clusters)).toEqual([
      { type: 'number', items: [[0, 8]] },
      { type: 'number', items: [[1, 7.5]] },
      { type: 'number', items: [[2, 7.7]] },
    ]);
  });
});

describe('dates', () => {
  it('leave out a year the text does not state', () => {
    expect(dateClaim(fact({ type: 'date', value: '2024-08-28', stated: ['month', 'day'], inferred: ['year'] }))).toBe('--08-28');
    expect(dateClaim(fact({ type: 'date', value: '2024-08-28', stated: ['year', 'month', 'day'], inferred: [] }))).toBe('2024-08-28');
    expect(dateClaim(fact({ type: 'date', value: '2024-07/2024-09', inferred: ['year'] }))).toBe('--07/--09');
  });

  it('agree by the parts stated: "28 августа" (year inferred) with "28.08.2024"', () => {
    const ru = date('2024-08-28', { text: '28 августа', stated: ['month', 'day'], inferred: ['year'] });
    const de = date('2024-08-28', { text: '28.08.2024', stated: ['year', 'month', 'day'], inferred: [] });
    const clusters = agreementClusters([doc('a', 'ru', [ru]), doc('b', 'de', [de])], 0);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.docs).toEqual(new Set([0, 1]));
  });

  it('put a yearless date (--08-28) with the one dated claim of that day, and with none when two years claim it', () => {
    const yearless = date('--08-28', { stated: ['month', 'day'], inferred: [] });
    const one = agreementClusters([doc('a', 'ru', [yearless]), doc('b', 'de', [date('2024-08-28')])], 0);
    expect(summary(one)).toEqual([{ type: 'date', items: [[0, '--08-28'], [1, '2024-08-28']] }]);
    const two = agreementClusters([doc('a', 'ru', [yearless]), doc('b', 'de', [date('2024-08-28')]), doc('c', 'en', [date('2023-08-28')])], 0);
    expect(two).toHaveLength(3);
  });

  it('agree on intervals as written, and keep other precisions apart', () => {
    const clusters = agreementClusters(
      [doc('a', 'de', [date('2024-07/2024-09'), date('2024-08')]), doc('b', 'en', [date('2024-07/2024-09'), date('2024-08-24')])],
      0,
    );
    expect(summary(clusters)).toEqual([
      { type: 'date', items: [[0, '2024-07/2024-09'], [1, '2024-07/2024-09']] },
      { type: 'date', items: [[0, '2024-08']] },
      { type: 'date', items: [[1, '2024-08-24']] },
    ]);
  });

  it('never put a date with a number of the same digits', () => {
    const clusters = agreementClusters([doc('a', 'de', [date('2024')]), doc('b', 'en', [num(2024)])], 0);
    expect(clusters.map((c) => c.type).sort()).toEqual(['date', 'number']);
  });
});

describe('names', () => {
  it('group people by family name across scripts', () => {
    const clusters = agreementClusters(
      [doc('a', 'de', [name('person', 'Pavel Durov', 'de')]), doc('b', 'ru', [name('person', 'Дуров', 'ru')]), doc('c', 'ar', [name('person', 'دوروف', 'ar')])],
      0,
    );
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.type).toBe('person');
    expect(clusters[0]!.docs).toEqual(new Set([0, 1, 2]));
    expect(nameKeyOf(clusters[0]!.items[0]!.fact)).toBe(nameKeyOf(clusters[0]!.items[1]!.fact));
  });

  it('group places by key (ISO code), whatever the name as written', () => {
    const kz = (value: string) => ({ type: 'place' as const, value, key: 'KZ' });
    const clusters = agreementClusters([doc('a', 'de', [kz('Kasachstan')]), doc('b', 'ru', [kz('Казахстане')]), doc('c', 'pt', [kz('Cazaquistão')])], 0);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.docs.size).toBe(3);
  });

  it('keep places apart from people and organisations with the same key', () => {
    const clusters = agreementClusters([doc('a', 'de', [{ type: 'place', value: 'Jordan', key: 'JRDN' }]), doc('b', 'en', [{ type: 'person', value: 'Jordan', key: 'JRDN', keyParts: ['JRDN'] }])], 0);
    expect(clusters).toHaveLength(2);
  });

  it('type a name that versions type differently by the majority, people counting more', () => {
    const durov = (type: 'person' | 'org') => ({ type, value: 'Durov', key: 'DRF', keyParts: ['DRF'] });
    const clusters = agreementClusters([doc('a', 'de', [durov('person')]), doc('b', 'id', [durov('org')]), doc('c', 'ru', [durov('person')])], 0);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.type).toBe('person');
    // One version calling him a person against one calling him an organisation: the person wins.
    expect(agreementClusters([doc('a', 'de', [durov('person')]), doc('b', 'id', [durov('org')])], 0)[0]!.type).toBe('person');
  });

  it('keep different names apart', () => {
    const clusters = agreementClusters([doc('a', 'de', [name('org', 'Telegram', 'de'), name('org', 'Apple', 'de')]), doc('b', 'en', [name('org', 'Telegram', 'en')])], 0);
    expect(summary(clusters)).toEqual([
      { type: 'org', items: [[0, 'Apple']] },
      { type: 'org', items: [[0, 'Telegram'], [1, 'Telegram']] },
    ]);
  });
});

describe('names sharing a family name', () => {
  it('tell people apart by given name, and give the family name alone to the person most versions name', () => {
    const clusters = agreementClusters(
      [
        doc('a', 'en', [name('person', 'Kansas City', 'en'), name('person', 'York City', 'en')]),
        doc('b', 'de', [name('person', 'Kansas City', 'de'), name('person', 'City', 'de')]),
        doc('c', 'es', [name('person', 'Kansas City', 'es')]),
      ],
      0,
    );
    expect(summary(clusters)).toEqual([
      { type: 'person', items: [[0, 'Kansas City'], [1, 'City'], [1, 'Kansas City'], [2, 'Kansas City']] },
      { type: 'person', items: [[0, 'York City']] },
    ]);
    expect(new Set(clusters.map((c) => c.family)).size).toBe(1);
  });

  it('keep one person named more or less fully, or spelt a letter apart', () => {
    const clusters = agreementClusters(
      [
        doc('a', 'id', [name('person', 'Sutopo Purwo Nugroho', 'id')]),
        doc('b', 'en', [name('person', 'Purwo Nugroho', 'en')]),
        doc('c', 'ru', [name('person', 'Сутопо Нугрохо', 'ru')]),
      ],
      0,
    );
    expect(clusters).toHaveLength(1);
  });
});

describe('times and scores', () => {
  it('agree on a score in either order, a time only as written', () => {
    const clusters = agreementClusters(
      [doc('a', 'de', [{ type: 'score', value: '3-1' }, { type: 'time', value: '10:15' }]), doc('b', 'en', [{ type: 'score', value: '1-3' }, { type: 'time', value: '10:51' }])],
      0,
    );
    expect(summary(clusters)).toEqual([
      { type: 'score', items: [[0, '3-1'], [1, '1-3']] },
      { type: 'time', items: [[0, '10:15']] },
      { type: 'time', items: [[1, '10:51']] },
    ]);
  });
});
