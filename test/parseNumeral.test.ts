import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../src/extract/parseNumeral.js';

const de = [new Set([',']), new Set(['.', ' ', "'"])] as const;
const en = [new Set(['.']), new Set([','])] as const;
const ru = [new Set([',']), new Set([' ', '.'])] as const;
const ar = [new Set(['.', '٫']), new Set([',', '٬'])] as const;

describe('parseNumeral', () => {
  it.each([
    ['12,5', de, 12.5],
    ['1.200', de, 1200],
    ['1.234.567,89', de, 1234567.89],
    ['12 500', de, 12500],
    ["1'000'000", de, 1000000],
    ['1,200', en, 1200],
    ['1.25', en, 1.25],
    ['1,234,567.5', en, 1234567.5],
    ['1,2', ru, 1.2],
    ['1,200', ru, 1.2],
    ['0,01', de, 0.01],
    ['0.500', de, 0.5],
    ['12.5', ar, 12.5],
    ['12٫5', ar, 12.5],
    ['1٬234٫5', ar, 1234.5],
    ['2024', de, 2024],
    ['007', en, 7],
  ])('%s reads as %d', (raw, [decimal, group], value) => {
    expect(parseNumeral(raw, decimal, group)?.value).toBeCloseTo(value, 9);
  });

  it.each([
    ['1.2.3', de],
    ['17.2.1', en],
    ['1,22,3', en],
    ['1.000,000.5', en],
    ['12 34', de],
  ])('%s is not a number', (raw, [decimal, group]) => {
    expect(parseNumeral(raw, decimal, group)).toBeUndefined();
  });

  it('reads the Indian grouping (twos before the last three) only when asked', () => {
    const hi = [new Set(['.']), new Set([','])] as const;
    expect(parseNumeral('1,00,000', ...hi, true)?.value).toBe(100000);
    expect(parseNumeral('12,34,567', ...hi, true)?.value).toBe(1234567);
    expect(parseNumeral('1,00,00,000', ...hi, true)?.value).toBe(10000000);
    expect(parseNumeral('2,50,000.75', ...hi, true)?.value).toBeCloseTo(250000.75, 9);
    expect(parseNumeral('1,000,000', ...hi, true)?.value).toBe(1000000);
    expect(parseNumeral('1,200', ...hi, true)?.value).toBe(1200);
    expect(parseNumeral('1,00,000', ...hi, true)).toMatchObject({ grouped: true, decimal: false });
    expect(parseNumeral('123,45,678', ...hi, true)).toBeUndefined();
    expect(parseNumeral('1,2,345', ...hi, true)).toBeUndefined();
    expect(parseNumeral('1,00,000', ...en)).toBeUndefined();
    expect(parseNumeral('12,34,567', ...en)).toBeUndefined();
  });

  it('says when digits were grouped and when there is a decimal part', () => {
    expect(parseNumeral('1.000', ...de)).toMatchObject({ grouped: true, decimal: false });
    expect(parseNumeral('1,5', ...de)).toMatchObject({ grouped: false, decimal: true });
  });
});
