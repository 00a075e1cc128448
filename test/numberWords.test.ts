import { describe, expect, it } from 'vitest';
import { combineNumberWords, type NumberWord } from '../src/extract/numberWords.js';

const unit = (value: number): NumberWord => ({ value, kind: 'unit', onlyBeforeScale: false });
const mult = (value: number): NumberWord => ({ value, kind: 'multiplier', onlyBeforeScale: false });
const scale = (value: number): NumberWord => ({ value, kind: 'scale', onlyBeforeScale: false });

describe('combineNumberWords', () => {
  it.each([
    ['two', [unit(2)], 2],
    ['twenty five', [unit(20), unit(5)], 25],
    ['two hundred', [unit(2), mult(100)], 200],
    ['hundred', [mult(100)], 100],
    ['dua puluh', [unit(2), mult(10)], 20],
    ['tiga ratus dua puluh lima', [unit(3), mult(100), unit(2), mult(10), unit(5)], 325],
    ['two million', [unit(2), scale(1e6)], 2e6],
    ['a million', [unit(1), scale(1e6)], 1e6],
    ['mil millones', [scale(1e3), scale(1e6)], 1e9],
    ['dos mil millones', [unit(2), scale(1e3), scale(1e6)], 2e9],
    ['two million five hundred thousand', [unit(2), scale(1e6), unit(5), mult(100), scale(1e3)], 2.5e6],
    ['zweitausenddreihundert', [unit(2), scale(1e3), unit(3), mult(100)], 2300],
  ])('%s = %d', (_, words, value) => {
    expect(combineNumberWords(words)).toBe(value);
  });
});
