// Conflicts of a story, from hand-built facts through reconcileStory to the words of
// conflictMessage: which differences become conflicts, which code they carry, and how the
// message names the majority and the outlier.
import { describe, expect, it } from 'vitest';
import { conflictMessage } from '../src/format/conflictMessage.js';
import { reconcileStory } from '../src/reconcile/reconcileStory.js';
import type { Group, StoryDocument } from '../src/reconcile/types.js';
import { date, doc, money, name, num, percent, type FactInput } from './helpers/facts.js';

const reconcile = (docs: StoryDocument[], tolerance = 0) => reconcileStory(docs, { tolerance });
const conflicts = (groups: Group[]) => groups.filter((g) => g.status === 'conflict');

/** Line-aligned versions of one short story: the same facts on the same lines, one figure varying. */
function story(versions: Array<[lang: string, figure: FactInput]>): StoryDocument[] {
  return versions.map(([lang, figure], i) => doc(`story/${i}.${lang}.txt`, lang, [date('2024-08-28'), figure, percent(25), date('2023'), num(7)]));
}

describe('figures that differ between versions', () => {
  it('a scale false friend: Billionen (10^12) against billion (10^9)', () => {
    const groups = reconcile(
      story([
        ['de', money(5e12, 'EUR', { text: '5 Billionen Euro' })],
        ['en', money(5e9, 'EUR', { text: '5 billion euros' })],
        ['ru', money(5e9, 'EUR', { text: '5 млрд евро' })],
      ]),
    );
    const [c, ...rest] = conflicts(groups);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ type: 'money', status: 'conflict', code: 'scale-false-friend', value: 5e9, currency: 'EUR', args: { versions: 3, agreeing: 2 } });
    expect(c!.variants!.map((v) => [v.value, v.langs])).toEqual([
      [5e9, ['en', 'ru']],
      [5e12, ['de']],
    ]);
    expect(c!.mentions.map((m) => m.lang)).toEqual(['de', 'en', 'ru']);
    expect(conflictMessage(c!)).toBe('scale false friend (Billion, billón, bilião are 10^12; English billion is 10^9): 5000000000 EUR (en, ru) vs 5000000000000 EUR (de); 2 of 3 versions say 5000000000 EUR');
    // The rest of the story agrees, and the conflicting mentions are not also reported as agreeing.
    expect(groups.filter((g) => g.status !== 'conflict').every((g) => g.status === 'agree' && g.type !== 'money')).toBe(true);
  });

  it('a decimal separator mix-up, with its factor', () => {
    const [c] = conflicts(
      reconcile(
        story([
          ['de', num(1200, { text: '1.200' })],
          ['en', num(1.2, { text: '1,2' })],
        ]),
      ),
    );
    expect(c).toMatchObject({ code: 'decimal-separator' });
    expect(conflictMessage(c!)).toMatch(/^decimal and thousands separators mixed up \(×10\^3\): /);
  });

  it('a currency that differs', () => {
    const [c] = conflicts(
      reconcile(
        story([
          ['de', money(5e6, 'EUR')],
          ['en', money(5e6, 'USD')],
          ['ru', money(5e6, 'EUR')],
        ]),
      ),
    );
    expect(c).toMatchObject({ code: 'currency-mismatch', currency: 'EUR' });
    expect(conflictMessage(c!)).toBe('currency differs: 5000000 EUR (de, ru) vs 5000000 USD (en); 2 of 3 versions say 5000000 EUR');
  });

  it('a day and month swapped, and a year off by one', () => {
    const dates = (a: string, b: string) =>
      ['de', 'en', 'ru'].map((lang, i) => doc(`d/${i}.${lang}.txt`, lang, [num(7), date(i === 2 ? b : a), percent(25), money(5e6, 'EUR')]));
    expect(conflicts(reconcile(dates('2024-08-06', '2024-06-08')))).toEqual([expect.objectContaining({ type: 'date', code: 'day-month-swap', value: '2024-08-06' })]);
    expect(conflicts(reconcile(dates('2023-08-28', '2024-08-28')))).toEqual([expect.objectContaining({ type: 'date', code: 'year-off-by-one', value: '2023-08-28' })]);
  });

  it('a digit typo at the same place is a conflict whether two versions or four say it, surer against a majority', () => {
    const four = reconcile(
      story([
        ['de', num(1250)],
        ['en', num(1250)],
        ['ru', num(1250)],
        ['pt', num(1350)],
      ]),
    );
    const [c] = conflicts(four);
    expect(c).toMatchObject({ code: 'digit-typo', args: { versions: 4, agreeing: 3 }, differing: ['story/3.pt.txt'] });
    expect(conflictMessage(c!)).toBe('one digit differs: 1250 (de, en, ru) vs 1350 (pt); 3 of 4 versions say 1250');
    const two = reconcile(
      story([
        ['en', num(1250)],
        ['pt', num(1350)],
      ]),
    );
    const [d] = conflicts(two);
    expect(d).toMatchObject({ code: 'digit-typo', args: { versions: 2, agreeing: 1 }, differing: [] });
    expect(d!.confidence!).toBeLessThan(c!.confidence!);
    expect(d!.confidence!).toBeGreaterThanOrEqual(0.5);
  });

  it('names the translation that differs from the original (--source), even against a majority', () => {
    const versions = story([
      ['en', num(1250)],
      ['de', num(1350)],
      ['ru', num(1350)],
    ]);
    const [c] = conflicts(reconcileStory(versions, { tolerance: 0, source: 'story/0.en.txt' }));
    expect(c).toMatchObject({ value: 1350, differing: ['story/1.de.txt', 'story/2.ru.txt'] });
  });

  it('single digits at the same aligned place: "Nord Stream 2" against "Nord Stream 0", however the lines break', () => {
    const versions: Array<[string, number]> = [
      ['de', 2],
      ['en', 2],
      ['ru', 2],
      ['id', 0],
    ];
    const [c] = conflicts(reconcile(story(versions.map(([lang, value]) => [lang, num(value)]))));
    expect(c).toMatchObject({ code: 'digit-typo', value: 2, args: { versions: 4, agreeing: 3 } });
    const rebroken = versions.map(([lang, value], i) =>
      doc(`story/${i}.${lang}.txt`, lang, [date('2024-08-28'), num(value), percent(25), date('2023'), num(7)].map((f, k) => ({ ...f, line: 1 + k * (i + 1) }))),
    );
    expect(conflicts(reconcile(rebroken))).toEqual([expect.objectContaining({ code: 'digit-typo', value: 2 })]);
    // Not at the same place: the 0 stands after the percentage, the 2 before it.
    const moved = [
      doc('m/0.de.txt', 'de', [date('2024-08-28'), num(2), percent(25), date('2023')]),
      doc('m/1.id.txt', 'id', [date('2024-08-28'), percent(25), num(0), date('2023')]),
    ];
    expect(conflicts(reconcile(moved))).toEqual([]);
  });

  it('a measure converted by each translator in their own way is no conflict; a wrong conversion or an outlier against agreeing versions is', () => {
    // The original's 200 miles (321.9 km) written 320, 321 and 300 km.
    const converted = (lang: string, value: number, unit: string) => [lang, num(value, { unit })] as [string, FactInput];
    expect(conflicts(reconcile(story([converted('en', 200, 'mile'), converted('de', 320, 'kilometer'), converted('es', 321, 'kilometer'), converted('fr', 300, 'kilometer')])))).toEqual([]);
    // 85 mph (136.8 km/h) is no 142 km/h (88 mph): no translator rounds either so.
    const speeds: Array<[string, number]> = [['de', 136], ['es', 137], ['fr', 136], ['pt', 142]];
    const wrong = conflicts(reconcile(story([converted('en', 85, 'mile-per-hour'), ...speeds.map(([lang, v]) => converted(lang, v, 'kilometer-per-hour'))])));
    expect(wrong).toEqual([expect.objectContaining({ value: 136, differing: ['story/4.pt.txt'] })]);
  });

  it('among translations that convert the original\'s unit, one alone against several that agree: 620, 620, 620 and 624 km for 385 miles', () => {
    const km = (lang: string, value: number) => [lang, num(value, { unit: 'kilometer' })] as [string, FactInput];
    const [c] = conflicts(reconcile(story([['en', num(385, { unit: 'mile' })], km('de', 620), km('es', 624), km('fr', 620), km('pt', 620)])));
    expect(c).toMatchObject({ value: 620, args: { versions: 4, agreeing: 3 }, variants: [expect.objectContaining({ langs: ['de', 'fr', 'pt'] }), expect.objectContaining({ langs: ['es'] })] });
    expect(conflicts(reconcile(story([['en', num(385, { unit: 'mile' })], km('de', 620), km('es', 624), km('fr', 620)])))).toEqual([]);
  });

  it('two ranges written with both ends are one fact only when they are equal; a decade holds a range', () => {
    const range = (text: string, value: string) => date(value, { text });
    const [c] = conflicts(reconcile(story([['en', range('1950-53', '1950/1953')], ['fr', range('1950-1959', '1950/1959')]])));
    expect(c).toMatchObject({ type: 'date', code: 'digit-typo' });
    expect(conflicts(reconcile(story([['en', range('1950-53', '1950/1953')], ['fr', range('années 1950', '1950/1959')]])))).toEqual([]);
  });

  it('a measure in another unit that no rounding of the conversion gives: "10 inches" against "18 cm"', () => {
    const [c] = conflicts(reconcile(story([['en', num(10, { unit: 'inch' })], ['de', num(18, { unit: 'centimeter' })]])));
    expect(c).toMatchObject({ code: 'conversion-differs', variants: [expect.objectContaining({ unit: 'inch' }), expect.objectContaining({ unit: 'centimeter' })] });
    expect(conflictMessage(c!)).toBe('not a conversion of the other unit: 10 in (en) vs 18 cm (de)');
    expect(conflicts(reconcile(story([['en', num(10, { unit: 'inch' })], ['de', num(25, { unit: 'centimeter' })]])))).toEqual([]);
  });

  it('one value in two units is two facts: "5 cm" is no "5 mm"', () => {
    const groups = reconcile(story([['de', num(5, { unit: 'centimeter' })], ['fr', num(5, { unit: 'centimeter' })], ['pt', num(5, { unit: 'millimeter' })], ['es', num(5)]]));
    const fives = groups.filter((g) => g.value === 5);
    expect(fives.map((g) => g.mentions.map((m) => m.lang))).toEqual([['de', 'fr', 'es'], ['pt']]);
  });

  it('compares what most versions state beside a pivot that leaves it out ("SS19" against "2019")', () => {
    // The original (en) writes no year in its second sentence; three translations give 2019 there, one 2014.
    const versions = [
      doc('b/0.en.txt', 'en', [date('2024-08-28'), num(1250)]),
      ...(['de', 'es', 'fr', 'pt'] as const).map((lang, i) => doc(`b/${i + 1}.${lang}.txt`, lang, [date('2024-08-28'), num(1250, { line: 2 }), date(lang === 'pt' ? '2014' : '2019', { line: 2 })])),
    ];
    const found = conflicts(reconcileStory(versions, { tolerance: 0, source: 'b/0.en.txt' }));
    expect(found).toEqual([expect.objectContaining({ type: 'date', value: '2019', variants: [expect.objectContaining({ langs: ['de', 'es', 'fr'] }), expect.objectContaining({ langs: ['pt'] })] })]);
    // Two versions beside the pivot are one against one: no majority, no conflict.
    expect(conflicts(reconcileStory(versions.filter((d) => /en|de|pt/.test(d.lang)), { tolerance: 0, source: 'b/0.en.txt' }))).toEqual([]);
  });

  it('rounding beyond --tolerance is a conflict, within it an agreement', () => {
    const versions = story([
      ['de', num(12.5e6, { precision: 1e5 })],
      ['en', num(12.5e6, { precision: 1e5 })],
      ['ru', num(12.5e6, { precision: 1e5 })],
      ['pt', num(12.98e6, { precision: 1e4 })],
    ]);
    expect(conflicts(reconcile(versions))).toEqual([expect.objectContaining({ code: 'rounding', value: 12.5e6 })]);
    expect(conflicts(reconcile(versions, 0.05))).toEqual([]);
    expect(reconcile(versions, 0.05).find((g) => g.value === 12.5e6)).toMatchObject({ status: 'agree' });
  });

  it('dates of different precision that fit each other are no conflict: "late August" and "24 August"', () => {
    const groups = reconcile(
      story([
        ['en', date('--08', { text: 'late August', stated: ['month'], period: 'end' })],
        ['de', date('--08-24', { text: '24. August', stated: ['month', 'day'] })],
        ['ru', date('--08-24', { text: '24 августа', stated: ['month', 'day'] })],
        ['pt', date('--08-24', { text: '24 de agosto', stated: ['month', 'day'] })],
      ]),
    );
    expect(conflicts(groups)).toEqual([]);
  });
});

describe('names that differ between versions', () => {
  /** The seed story in small: two versions say Baglan Madiyev, three Zhaslan Madiyev, some name him by family name alone. */
  function madiyev(extra: Partial<Record<number, FactInput[]>> = {}): StoryDocument[] {
    const versions: Array<[string, string, string]> = [
      ['de', 'Baglan Madiyev', 'Madiyev'],
      ['id', 'Baglan Madiyev', 'Madiyev'],
      ['ru', 'Жаслан Мадиев', 'Мадиев'],
      ['ar', 'زهاسلان مادييف', 'مادييف'],
      ['pt', 'Zhaslan Madiyev', 'Madiyev'],
    ];
    return versions.map(([lang, full, family], i) => doc(`seed/${i}.${lang}.txt`, lang, [name('person', full, lang), name('person', family, lang), ...(extra[i] ?? [])]));
  }

  it('a given name that differs: Baglan (de, id) against Zhaslan (ru, ar, pt)', () => {
    const [c, ...rest] = conflicts(reconcile(madiyev()));
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ type: 'person', status: 'conflict', code: 'given-name-differs', value: 'Zhaslan Madiyev', args: { versions: 5, agreeing: 3 } });
    expect(c!.variants!.map((v) => [v.value, v.langs])).toEqual([
      ['Zhaslan Madiyev', ['ru', 'ar', 'pt']],
      ['Baglan Madiyev', ['de', 'id']],
    ]);
    expect(c!.mentions).toHaveLength(10);
    expect(conflictMessage(c!)).toBe('given name differs: Zhaslan (ru, ar, pt) vs Baglan (de, id); 3 of 5 versions say Zhaslan');
  });

  it('is no conflict when a version names both people (two people, one family name)', () => {
    const groups = reconcile(madiyev({ 0: [name('person', 'Zhaslan Madiyev', 'de', { start: 900, line: 9 })] }));
    expect(conflicts(groups)).toEqual([]);
  });

  it('is no conflict for spellings a letter apart (transliterations)', () => {
    const versions: Array<[string, string]> = [
      ['en', 'Sergio Ramos'],
      ['ru', 'Серхио Рамос'],
      ['es', 'Sergio Ramos'],
      ['pt', 'Sérgio Ramos'],
    ];
    const groups = reconcile(versions.map(([lang, full], i) => doc(`r/${i}.${lang}.txt`, lang, [name('person', full, lang), name('person', full.split(' ')[1]!, lang)])));
    expect(conflicts(groups)).toEqual([]);
    expect(groups).toEqual([expect.objectContaining({ type: 'person', status: 'agree' })]);
  });
});

describe('conflictMessage', () => {
  const group = (variants: Array<[number, string[]]>, code: Group['code'] = 'value-differs'): Group => ({
    type: 'number',
    status: 'conflict',
    value: variants[0]![0],
    code,
    args: { versions: variants.reduce((n, [, langs]) => n + langs.length, 0), agreeing: variants[0]![1].length },
    variants: variants.map(([value, langs]) => ({ value, langs, paths: langs.map((l) => `${l}.txt`) })),
    mentions: [],
  });

  it('names the majority when more than half the versions agree', () => {
    expect(conflictMessage(group([[300, ['de', 'en', 'ru']], [3000, ['ar']]]))).toBe('values differ: 300 (de, en, ru) vs 3000 (ar); 3 of 4 versions say 300');
  });

  it('names no majority on a tie or one against one', () => {
    expect(conflictMessage(group([[300, ['de', 'en']], [400, ['ru', 'ar']]]))).toBe('values differ: 300 (de, en) vs 400 (ru, ar)');
    expect(conflictMessage(group([[300, ['de']], [400, ['en']]]))).toBe('values differ: 300 (de) vs 400 (en)');
  });

  it('gives the factor of a scale mismatch', () => {
    expect(conflictMessage(group([[5e6, ['de', 'en']], [5e9, ['ru']]], 'scale-mismatch'))).toBe('scale word differs (×10^3): 5000000 (de, en) vs 5000000000 (ru); 2 of 3 versions say 5000000');
  });

  it.each([
    ['scale-false-friend', /^scale false friend/],
    ['digit-transposition', /^two digits swapped: /],
    ['rounding', /^rounded beyond tolerance: /],
    ['day-month-swap', /^day and month swapped: /],
    ['year-off-by-one', /^year off by one: /],
    ['date-differs', /^dates differ: /],
  ] as const)('words the cause %s', (code, words) => {
    expect(conflictMessage(group([[1, ['de']], [2, ['en']]], code))).toMatch(words);
  });
});

describe('stable groups', () => {
  /** Three line-aligned versions of six sentences, every figure stated in all three. */
  function versions(): StoryDocument[] {
    const sentences: FactInput[][] = [[date('2024-08-28')], [num(120), percent(45)], [money(2e6, 'EUR')], [num(3)], [num(1962), num(3000)], [percent(12.5)]];
    return ['en', 'de', 'fr'].map((lang, d) => doc(`s/${d}.${lang}.txt`, lang, sentences.flatMap((facts, s) => facts.map((f) => ({ ...f, line: s + 1, sentence: s, start: s * 100 + (f === facts[1] ? 50 : 0) })))));
  }
  /** Each group as its status and mentions, leaving out the mentions of one line. */
  const shape = (groups: Group[], line: number) =>
    groups
      .map((g) => `${g.status} ${g.mentions.filter((m) => m.line !== line).map((m) => `${m.path}:${m.start}`).join(',')}`)
      .filter((s) => !s.endsWith(' '))
      .sort();

  it('a figure changed on one line changes no group of another line', () => {
    const before = reconcile(versions());
    for (let d = 0; d < 3; d++) {
      for (let i = 0; i < versions()[d]!.facts.length; i++) {
        const docs = versions();
        const f = docs[d]!.facts[i]!;
        f.value = typeof f.value === 'number' ? f.value + 7 : '2019-05-03';
        const after = reconcile(docs);
        expect(shape(after, f.line), `${docs[d]!.path} line ${f.line}`).toEqual(shape(before, f.line));
        expect(conflicts(after).length, `${docs[d]!.path} line ${f.line}`).toBe(1);
      }
    }
  });
});
