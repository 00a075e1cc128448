// Extraction behaviour shared by every language, on the built-in packs.
import { beforeAll, describe, expect, it } from 'vitest';
import { Extractor } from '../src/extract/Extractor.js';
import { loadPacks } from '../src/packs/loadPacks.js';
import type { Fact } from '../src/types.js';

let extractor: Extractor;
beforeAll(async () => {
  extractor = await Extractor.create(loadPacks(), { types: new Set(['number', 'percent', 'money', 'date']) });
});

const figures = (text: string, lang: string) => extractor.extract(text, lang).map((f: Fact) => [f.type, f.text, f.value, f.currency].filter((x) => x !== undefined));

describe('ranges of numbers', () => {
  it('give the first number the unit written after the second', () => {
    expect(figures('naik 2-3 persen', 'id')).toEqual([
      ['percent', '2', 2],
      ['percent', '3 persen', 3],
    ]);
    expect(figures('zwischen 5 und 7 Millionen Euro', 'de')).toEqual([
      ['money', '5', 5000000, 'EUR'],
      ['money', '7 Millionen Euro', 7000000, 'EUR'],
    ]);
    expect(figures("entre deux et trois millions d'euros", 'fr')).toEqual([
      ['money', 'deux', 2000000, 'EUR'],
      ['money', "trois millions d'euros", 3000000, 'EUR'],
    ]);
  });

  it('split number words that do not continue each other', () => {
    expect(figures('بين خمسة وعشرة أشخاص', 'ar')).toEqual([
      ['number', 'خمسة', 5],
      ['number', 'عشرة', 10],
    ]);
    expect(figures('entre dois e três anos', 'pt')).toEqual([
      ['number', 'dois', 2],
      ['number', 'três', 3],
    ]);
  });
});

describe('amounts', () => {
  it('add a smaller scaled amount to the one before it', () => {
    expect(figures('2 juta 500 ribu', 'id')).toEqual([['number', '2 juta 500 ribu', 2500000]]);
    expect(figures('1 млн 200 тыс. рублей', 'ru')).toEqual([['money', '1 млн 200 тыс. рублей', 1200000, 'RUB']]);
  });

  it('read digits glued to a scale word of an unspaced script as its lower places', () => {
    expect(figures('3亿5000万美元', 'zh')).toEqual([['money', '3亿5000万美元', 350000000, 'USD']]);
    expect(figures('1万2000人', 'zh')).toEqual([['number', '1万2000', 12000]]);
    expect(figures('2 juta 500', 'id')).toEqual([
      ['number', '2 juta', 2000000],
      ['number', '500', 500],
    ]);
  });

  it('multiply a number by a percent word worth several percent (percentUnits)', () => {
    expect(figures('3割', 'ja')).toEqual([['percent', '3割', 30]]);
    expect(figures('2~3割', 'ja')).toEqual([
      ['percent', '2', 20],
      ['percent', '3割', 30],
    ]);
  });

  it('make a number negative after a minus word or a sign after a letter of an unspaced script', () => {
    expect(figures('マイナス5', 'ja')).toEqual([['number', 'マイナス5', -5]]);
    expect(figures('前年比-3%', 'ja')).toEqual([['percent', '-3%', -3]]);
  });

  it('read a currency glued before the number', () => {
    expect(figures('Rp5 juta', 'id')).toEqual([['money', 'Rp5 juta', 5000000, 'IDR']]);
  });

  it('match lettered currency symbols in their own case only', () => {
    expect(figures('137 km/h', 'de')).toEqual([['number', '137', 137]]);
  });

  it('never read one expression twice', () => {
    const facts = extractor.extract('Die Zahl stieg um 25 % auf 12,5 Millionen im Jahr 2023.', 'de');
    expect(facts.map((f) => f.type)).toEqual(['percent', 'number', 'date']);
  });
});

describe('dates', () => {
  it('read dashed all-digit dates, not phone numbers', () => {
    expect(figures('le 24-08-2024 et le 2024-08-25', 'fr')).toEqual([
      ['date', '24-08-2024', '2024-08-24'],
      ['date', '2024-08-25', '2024-08-25'],
    ]);
  });

  it('do not turn durations into dates', () => {
    expect(figures('una pena de 18 meses en junio de 2020', 'es').map((f) => f[0])).toEqual(['number', 'date']);
  });

  it('take a missing year from the nearest year before', () => {
    const facts = extractor.extract('Im Jahr 2019 begann es. Am 5. März wurde er verhaftet.', 'de');
    expect(facts.map((f) => f.value)).toEqual(['2019', '2019-03-05']);
    expect(facts[1]).toMatchObject({ stated: ['month', 'day'], inferred: ['year'] });
  });
});

describe("a pack's name ending (entities.nameEnding)", () => {
  const names = (text: string, lang: string) =>
    Extractor.create(loadPacks(), { types: new Set(['person', 'org']) })
      .extract(text, lang)
      .map((f: Fact) => [f.type, f.text, f.key]);

  it('ends a run of capitalised words: the English possessive', () => {
    expect(names("Manchester City's Sergio Aguero scored.", 'en')).toContainEqual(['person', 'Sergio Aguero', 'SRJ JR']);
  });

  it('is no part of the key: a Turkish case ending after the apostrophe', () => {
    const [erdogan] = names("Cumhurbaşkanı Recep Tayyip Erdoğan'a sordular.", 'tr');
    expect(erdogan).toEqual(['person', "Recep Tayyip Erdoğan'a", 'RSB TB RDJN']);
  });
});

describe('names in a caseless script with no code of its own (Hebrew)', () => {
  it('are found after a title, geresh and all, and keyed like their English spelling', () => {
    const found = Extractor.create(loadPacks(), { types: new Set(['person']) })
      .extract('הנשיא ג׳ו ביידן אמר את זה.', 'he')
      .map((f: Fact) => [f.text, f.key]);
    expect(found).toEqual([['ג׳ו ביידן', 'J BDN']]);
  });
});

describe('dates with a day the month has not', () => {
  const dates = (text: string, lang: string) =>
    extractor
      .extract(text, lang)
      .filter((f) => f.type === 'date')
      .map((f) => [f.text, f.value, f.impossibleDay]);

  it('are dates that keep the day as written, when the year is stated', () => {
    expect(dates('on May 38, 2005 in Xining', 'en')).toEqual([['May 38, 2005', '2005-05', 38]]);
    expect(dates('في 0 أكتوبر 1968، مما', 'ar')).toEqual([['0 أكتوبر 1968', '1968-10', 0]]);
    expect(dates('am 31. Juni 2019', 'de')).toEqual([['31. Juni 2019', '2019-06', 31]]);
  });

  it('are no dates without a year: a month and a count', () => {
    expect(figures('in May 45 people left', 'en')).toEqual([['number', '45', 45]]);
  });
});

describe('a score next to a month', () => {
  it('stays a score when a date would read its second number as a day', async () => {
    const withScores = await Extractor.create(loadPacks(), { types: new Set(['number', 'date', 'score']) });
    expect(withScores.extract('desde el triunfo 4-1 de febrero en St. Johnstone', 'es').map((f) => [f.type, f.text])).toEqual([['score', '4-1']]);
  });
});
