import { describe, expect, it } from 'vitest';
import { combineNumberWords, splitNumberRun, type NumberWord } from '../src/extract/numberWords.js';

const at = { start: 0, end: 0 };
const unit = (value: number): NumberWord => ({ value, kind: 'unit', onlyBeforeScale: false, ...at });
const mult = (value: number): NumberWord => ({ value, kind: 'multiplier', onlyBeforeScale: false, ...at });
const scale = (value: number): NumberWord => ({ value, kind: 'scale', onlyBeforeScale: false, ...at });

const word = (value: number, start: number, kind: NumberWord['kind'] = 'unit'): NumberWord => ({ value, kind, onlyBeforeScale: false, start, end: start + 1 });

describe('splitNumberRun', () => {
  it('splits where a unit does not continue the number before it', () => {
    expect(splitNumberRun([word(2, 0), word(3, 2)], false)).toHaveLength(2);
    expect(splitNumberRun([word(20, 0), word(5, 2)], false)).toHaveLength(1);
    expect(splitNumberRun([word(100, 0), word(20, 2)], false)).toHaveLength(1);
  });
  it('keeps a ten after a unit in languages that say units first', () => {
    expect(splitNumberRun([word(5, 0), word(20, 2)], true)).toHaveLength(1);
    expect(splitNumberRun([word(5, 0), word(20, 2)], false)).toHaveLength(2);
  });
  it('never splits the pieces of one compound word', () => {
    expect(splitNumberRun([word(5, 0), word(20, 0)], false)).toHaveLength(1);
  });
});

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
    ['오만팔천백구십사', [unit(5), scale(1e4), unit(8), mult(1000), mult(100), unit(9), mult(10), unit(4)], 58194],
    ['천백', [mult(1000), mult(100)], 1100],
    ['zweitausenddreihundert', [unit(2), scale(1e3), unit(3), mult(100)], 2300],
    ['полтора миллиона', [unit(1.5), scale(1e6)], 1.5e6],
    ['een half miljoen', [unit(1), unit(0.5), scale(1e6)], 5e5],
    ['duecentottanta', [unit(2), mult(100), unit(80)], 280],
    ['два с половиной миллиона', [unit(2), unit(0.5), scale(1e6)], 2.5e6],
    ['um milhão e meio', [unit(1), scale(1e6), unit(0.5)], 1.5e6],
    ['百十六', [mult(100), mult(10), unit(6)], 116],
    ['二千十八', [unit(2), mult(1000), mult(10), unit(8)], 2018],
    ['十四億一千四百二万千百', [mult(10), unit(4), scale(1e8), unit(1), mult(1000), unit(4), mult(100), unit(2), scale(1e4), mult(1000), mult(100)], 1414021100],
    ['sejuta dua ratus ribu', [{ ...scale(1e6), standalone: true }, unit(2), mult(100), scale(1e3)], 1.2e6],
  ])('%s = %d', (_, words, value) => {
    expect(combineNumberWords(words)).toBe(value);
  });
});
