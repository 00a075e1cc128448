// Why two versions of one figure differ: each conflict code from the pair of values that
// produces it, and the pairs that must not be given a cause they do not have.
import { describe, expect, it } from 'vitest';
import { explainDates, explainNumbers, type FigureSide } from '../src/reconcile/explain.js';
import { falseFriendsOf } from '../src/reconcile/scaleFalseFriends.js';
import { loadPacks } from '../src/packs/loadPacks.js';

const side = (value: number, text: string, lang: string, currency?: string): FigureSide => ({ value, text, lang, ...(currency ? { currency } : {}) });
const code = (a: FigureSide, b: FigureSide) => explainNumbers(a, b).code;

describe('explainNumbers', () => {
  describe('scale-false-friend: Billion, billion (fr), billón, bilião are 10^12, English billion 10^9', () => {
    const en = side(5e9, '5 billion euros', 'en');
    it.each([
      ['de', '5 Billionen Euro'],
      ['de', '5 Billion'],
      ['fr', '5 billions d’euros'],
      ['es', '5 billones de euros'],
      ['es', '5 billón'],
      ['pt', '5 biliões de euros'],
      ['pt', '5 bilião'],
    ])('%s "%s" (10^12) against English "5 billion" (10^9)', (lang, text) => {
      const other = side(5e12, text, lang);
      expect(explainNumbers(en, other)).toEqual({ code: 'scale-false-friend', explained: true });
      // Either order.
      expect(explainNumbers(other, en)).toEqual({ code: 'scale-false-friend', explained: true });
    });

    it('needs the false friend on the larger value, outside English', () => {
      // English "billion" that is 10^3 larger than another version is English, not a false friend.
      expect(code(side(5e9, '5 billion', 'en'), side(5e6, '5 млн', 'ru'))).toBe('scale-mismatch');
      // Brazilian "bilhão" is 10^9 like English: a factor 1000 with it is an ordinary scale mismatch.
      expect(code(side(1.2e12, '1,2 bilhão', 'pt'), side(1.2e9, '1.2 billion', 'en'))).toBe('scale-mismatch');
      // "Milliarde" is 10^9: never a false friend.
      expect(code(side(5e12, '5 Milliarden', 'de'), side(5e9, '5 billion', 'en'))).toBe('scale-mismatch');
    });

    it('are found from the packs: long-scale words that look like a short-scale word 1000 times smaller', () => {
      const friends = falseFriendsOf(loadPacks().values());
      expect(friends.get('pl')?.test('5 bilionów złotych')).toBe(true);
      expect(friends.get('it')?.test('5 bilioni di euro')).toBe(true);
      expect(friends.get('de')?.test('5 Milliarden Euro')).toBe(false);
      expect(friends.has('en')).toBe(false);
      expect(friends.has('ru')).toBe(false);
    });

    it('is a factor of exactly 1000 with the same digits', () => {
      expect(code(side(5e9, '5 billion', 'en'), side(5e15, '5 Billiarden', 'de'))).toBe('scale-mismatch');
      expect(code(side(5e9, '5 billion', 'en'), side(6e12, '6 Billionen', 'de'))).not.toBe('scale-false-friend');
    });
  });

  describe('scale-mismatch and decimal-separator: the digits agree, the magnitude is 10^3 or more apart', () => {
    it('calls a scale word that differs scale-mismatch', () => {
      expect(explainNumbers(side(5e6, '5 Millionen', 'de'), side(5e9, '5 миллиардов', 'ru'))).toEqual({ code: 'scale-mismatch', explained: true });
      expect(code(side(1.2e6, '1,2 Mio.', 'de'), side(1.2e9, '1,2 млрд', 'ru'))).toBe('scale-mismatch');
      // 10^6 apart.
      expect(code(side(3, '3', 'de'), side(3e6, '3 juta', 'id'))).toBe('scale-mismatch');
    });

    it('calls "1.200" read as 1200 against "1,2" read as 1.2 a separator mix-up (×1000)', () => {
      expect(explainNumbers(side(1200, '1.200', 'de'), side(1.2, '1,2', 'en'))).toEqual({ code: 'decimal-separator', explained: true });
      expect(code(side(2.5, '2,5', 'ru'), side(2500, '2.500', 'pt'))).toBe('decimal-separator');
      expect(code(side(12.5, '12.5', 'en'), side(12500, '12,500', 'en'))).toBe('decimal-separator');
    });

    it('needs a separator in both texts and no words', () => {
      // A scale word in the text: the scale differs, not the separator.
      expect(code(side(1200, '1.200', 'de'), side(1.2, '1,2 Tausend', 'de'))).toBe('scale-mismatch');
      // No separator on one side.
      expect(code(side(1200, '1200', 'en'), side(1.2, '1,2', 'de'))).toBe('scale-mismatch');
    });
  });

  describe('digit-typo and digit-transposition', () => {
    it('calls one digit changed, added or dropped a typo', () => {
      expect(explainNumbers(side(1250, '1250', 'de'), side(1350, '1350', 'en'))).toEqual({ code: 'digit-typo', explained: true });
      expect(code(side(125, '125', 'de'), side(1125, '1125', 'en'))).toBe('digit-typo');
      expect(code(side(342.5e6, '342,5 Mio.', 'de'), side(372.5e6, '372.5 million', 'en'))).toBe('digit-typo');
    });

    it('calls two neighbouring digits swapped a transposition', () => {
      expect(explainNumbers(side(1250, '1250', 'de'), side(1520, '1520', 'en'))).toEqual({ code: 'digit-transposition', explained: true });
      expect(code(side(2019, '2019', 'de'), side(2091, '2091', 'en'))).toBe('digit-transposition');
      expect(code(side(12, '12', 'ru'), side(21, '21', 'pt'))).toBe('digit-transposition');
    });

    it('does not call digits that are swapped but not neighbours a transposition', () => {
      expect(code(side(1250, '1250', 'de'), side(1052, '1052', 'en'))).not.toBe('digit-transposition');
    });

    it('calls 3 against 4 a one-digit change too (reconcile pairs single digits only line by line)', () => {
      expect(explainNumbers(side(3, '3', 'de'), side(4, '4', 'en'))).toEqual({ code: 'digit-typo', explained: true });
    });
  });

  describe('rounding: within 5 %, when no digit pattern explains it', () => {
    it('calls 12.48 million against 12.5 million rounding', () => {
      expect(explainNumbers(side(12.48e6, '12,48 Mio.', 'de'), side(12.5e6, '12.5 million', 'en'))).toEqual({ code: 'rounding', explained: true });
      expect(code(side(100, '100', 'de'), side(104.9, '104,9', 'ru'))).toBe('rounding');
    });

    it('calls a larger difference a value that differs, unexplained', () => {
      expect(explainNumbers(side(1000, '1000', 'de'), side(1250, '1250', 'en'))).toEqual({ code: 'value-differs', explained: false });
      expect(code(side(100, '100', 'de'), side(175, '175', 'en'))).toBe('value-differs');
    });
  });

  describe('currency-mismatch', () => {
    it('is explained when the amounts are equal', () => {
      expect(explainNumbers(side(5e6, '5 Millionen Euro', 'de', 'EUR'), side(5e6, '$5 million', 'en', 'USD'))).toEqual({ code: 'currency-mismatch', explained: true });
    });

    it('is named but unexplained when the amounts differ too (a conversion, not a mistake)', () => {
      expect(explainNumbers(side(5e6, '5 Millionen Euro', 'de', 'EUR'), side(5.4e6, '$5.4 million', 'en', 'USD'))).toEqual({ code: 'currency-mismatch', explained: false });
    });

    it('needs a currency on both sides', () => {
      expect(code(side(5e6, '5 Millionen Euro', 'de', 'EUR'), side(5e6, '5 million', 'en'))).not.toBe('currency-mismatch');
    });
  });
});

describe('explainDates', () => {
  it('compares centuries by their numbers: 19th against 10th, 17th against 12th, 12th against 21st', () => {
    expect(explainDates('1801/1900', '901/1000')).toEqual({ code: 'digit-typo', explained: true });
    expect(explainDates('1601/1700', '1101/1200')).toEqual({ code: 'digit-typo', explained: true });
    expect(explainDates('1101/1200', '2001/2100')).toEqual({ code: 'digit-transposition', explained: true });
    expect(explainDates('1801/1900', '1501/1600')).toEqual({ code: 'digit-typo', explained: true });
    expect(explainDates('1801/1900', '1801/1850').code).toBe('date-differs');
  });

  it('compares decades by their years: the 1980s against the 1990s', () => {
    expect(explainDates('1980/1989', '1990/1999')).toEqual({ code: 'digit-typo', explained: true });
    expect(explainDates('1980/1989', '1801/1900').code).toBe('date-differs');
  });

  it('day-month-swap: 6 August against 8 June of one year', () => {
    expect(explainDates('2024-08-06', '2024-06-08')).toEqual({ code: 'day-month-swap', explained: true });
    expect(explainDates('2024-03-11', '2024-11-03').code).toBe('day-month-swap');
  });

  it('is no swap across years or with the same day and month', () => {
    expect(explainDates('2024-08-06', '2023-06-08').code).not.toBe('day-month-swap');
    expect(explainDates('2024-08-06', '2024-06-09').code).not.toBe('day-month-swap');
  });

  it('year-off-by-one: the same day, month or year a year apart', () => {
    expect(explainDates('2023-08-28', '2024-08-28')).toEqual({ code: 'year-off-by-one', explained: true });
    expect(explainDates('2024-08', '2023-08').code).toBe('year-off-by-one');
    expect(explainDates('2023', '2024').code).toBe('year-off-by-one');
    expect(explainDates('2022', '2024').code).not.toBe('year-off-by-one');
    expect(explainDates('2023-08-28', '2024-08-27').code).not.toBe('year-off-by-one');
  });

  it('digit-typo: one digit apart in values of the same form', () => {
    expect(explainDates('--09-24', '--09-29')).toEqual({ code: 'digit-typo', explained: true });
    expect(explainDates('2021/2022', '2021/2023').code).toBe('digit-typo');
  });

  it('date-differs, unexplained, for anything else', () => {
    expect(explainDates('2024-08-24', '2024-03-11')).toEqual({ code: 'date-differs', explained: false });
    // "late August" (--08) and "24 August" (--08-24) are two precisions of a compatible claim: no cause, no conflict.
    expect(explainDates('--08', '--08-24')).toEqual({ code: 'date-differs', explained: false });
    expect(explainDates('2024-08', '2024-08-24').explained).toBe(false);
  });
});
