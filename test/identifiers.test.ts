// Identifiers: codes holding digits are one fact each, compared as written, never numbers;
// two of them are one thing told differently only when one digit changed or two swapped.
import { beforeAll, describe, expect, it } from 'vitest';
import { Extractor } from '../src/extract/Extractor.js';
import { loadPacks } from '../src/packs/loadPacks.js';
import { explainIdentifiers } from '../src/reconcile/explain.js';

let extractor: Extractor;
beforeAll(() => {
  extractor = Extractor.create(loadPacks(), { types: new Set(['number', 'percent', 'money', 'date', 'time', 'identifier']) });
});

const facts = (text: string, lang: string) => extractor.extract(text, lang).map((f) => [f.type, f.text, f.value]);

describe('identifiers in the text', () => {
  it.each([
    ['en', 'The HER2 protein drives the growth.', 'HER2', 'HER2'],
    ['de', 'Die Kollektion SS19 wurde gezeigt.', 'SS19', 'SS19'],
    ['ru', 'Самолёт Су-57 и рейс MH17.', 'Су-57', 'СУ57'],
    ['fr', 'Les films comme 007 et Mission Impossible.', '007', '007'],
    ['es', 'La pandemia de COVID-19 siguió.', 'COVID-19', 'COVID19'],
    ['ar', 'الطائرة F-35 الأمريكية', 'F-35', 'F35'],
    ['pt', 'Ligue para 859-292-3680 hoje.', '859-292-3680', '8592923680'],
  ])('%s: %s', (lang, text, written, value) => {
    expect(facts(text, lang)).toContainEqual(['identifier', written, value]);
  });

  it('are no numbers: "COVID-19" and "007" hold no 19 and no 7', () => {
    expect(facts('COVID-19 and Agent 007 returned.', 'en').filter(([type]) => type === 'number')).toEqual([]);
  });

  it('leave money, dates, times and addresses alone', () => {
    expect(facts('It cost US$5 and EUR5 on 05.06.2020 at 09:30, see https://t.co/ABC123 or ab12@mail.com.', 'en')).toEqual([
      ['money', 'US$5', 5],
      ['money', 'EUR5', 5],
      ['date', '05.06.2020', '2020-05-06'],
      ['time', '09:30', '09:30'],
    ]);
  });

  it('are no identifiers when the letters before a hyphen are the pack\'s glued prefixes', () => {
    expect(facts('وب-2019 و-20 AB-2019', 'ar')).toEqual([
      ['date', '2019', '2019'],
      ['number', '20', 20],
      ['identifier', 'AB-2019', 'AB2019'],
    ]);
  });

  it('are not found in words that merely hold digits after small letters', () => {
    expect(facts('the 2nd round, a 3D film, mp3 files', 'en').filter(([type]) => type === 'identifier')).toEqual([]);
  });
});

describe('explainIdentifiers', () => {
  it.each([
    ['HER2', 'HER5', 'digit-typo'],
    ['8592923680', '8592993680', 'digit-typo'],
    ['007', '008', 'digit-typo'],
    ['SS19', 'SS91', 'digit-transposition'],
  ])('%s and %s: %s', (a, b, code) => {
    expect(explainIdentifiers(a, b)).toEqual({ code, explained: true });
    expect(explainIdentifiers(b, a)).toEqual({ code, explained: true });
  });

  it.each([
    ['A320', 'B320'],
    ['A320', 'A3200'],
    ['F35', 'F16'],
    ['G7', 'G20'],
  ])('%s and %s are two codes', (a, b) => {
    expect(explainIdentifiers(a, b)).toEqual({ code: 'value-differs', explained: false });
  });
});
