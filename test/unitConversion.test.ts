// Conversions between customary and metric units as translators write them: rounded to the
// step the figure is written to, or with decimals cut, but never a figure no rounding gives.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MEASURE_UNITS } from '../src/packs/intlVocabulary.js';
import { isConversion } from '../src/reconcile/unitConversion.js';
import { fact, num } from './helpers/facts.js';

const measure = (value: number, unit: string) => fact(num(value, { unit }));

describe('isConversion', () => {
  it.each([
    [200, 'mile', 320, 'kilometer'],
    [200, 'mile', 300, 'kilometer'],
    [200, 'mile', 321, 'kilometer'],
    [85, 'mile-per-hour', 135, 'kilometer-per-hour'],
    [85, 'mile-per-hour', 136, 'kilometer-per-hour'],
    [385, 'mile', 616, 'kilometer'],
    [2, 'inch', 5, 'centimeter'],
    [3, 'inch', 7.5, 'centimeter'],
    [550, 'pound', 250, 'kilogram'],
    [80, 'fahrenheit', 27, 'celsius'],
    [80, 'degree', 26, 'degree'],
  ])('%s %s is %s %s', (a, ua, b, ub) => {
    expect(isConversion(measure(a, ua), measure(b, ub))).toBe(true);
    expect(isConversion(measure(b, ub), measure(a, ua))).toBe(true);
  });

  it.each([
    [85, 'mile-per-hour', 142, 'kilometer-per-hour'],
    [385, 'mile', 360, 'kilometer'],
    [200, 'mile', 250, 'kilometer'],
    [550, 'pound', 227, 'kilogram'],
    [200, 'mile', 320, 'kilogram'],
  ])('%s %s is no %s %s', (a, ua, b, ub) => {
    expect(isConversion(measure(a, ua), measure(b, ub))).toBe(false);
  });

  it('needs a unit on one side at least, and two units to convert between', () => {
    expect(isConversion(fact(num(200)), fact(num(320)))).toBe(false);
    expect(isConversion(measure(200, 'kilometer'), measure(200, 'kilometer'))).toBe(false);
  });
});

describe('pack units', () => {
  it('are the CLDR units extraction knows, in the pack schema as in the code', () => {
    const schema = JSON.parse(readFileSync(new URL('../schema/rulepack.schema.json', import.meta.url), 'utf8'));
    expect([...schema.properties.units.propertyNames.enum].sort()).toEqual([...MEASURE_UNITS].sort());
  });
});
