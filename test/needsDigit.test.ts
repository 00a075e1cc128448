import { describe, expect, it } from 'vitest';
import { needsDigit } from '../src/packs/needsDigit.js';

describe('needsDigit', () => {
  it.each([
    ['{DAY}\\.\\s?{MONTH}(?:\\s+{YEAR})?', true],
    ['(?:(?:im|vom)\\s+Jahre?s?|Jahr)\\s+{YEAR}', true],
    ['(?:vom\\s+)?{DAY}\\.(?:\\s?{MONTH})?\\s?(?:bis(?:\\s+zum)?|[-–])\\s?{DAY2}\\.', true],
    ['Q{QUARTER}(?:\\s?|/){YEAR}', true],
    ['[0-9]{1,2}\\s?[-–]\\s?[0-9]{1,2}', true],
    ['(?<year>\\d{4})', true],
    ['(?:a|{INT})\\s+b', false],
    ['(?:im\\s+)?{QUARTER}\\s+Quartals?(?:\\s+{YEAR})?', false],
    ['{PART}\\s+{MONTH}(?:\\s+{YEAR})?', false],
    ['{YEAR}|Anfang', false],
    ['(?={INT})x', false],
    ['x(?:{INT})*', false],
  ])('%s: %s', (pattern, expected) => {
    expect(needsDigit(pattern)).toBe(expected);
  });
});
