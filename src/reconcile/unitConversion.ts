// A figure converted between US customary or imperial units and metric ones: translators
// write "550 pounds" as "250 kg" and "80 degrees" (Fahrenheit) as "26 grados". Physical
// constants, the same in every language; the units are CLDR ids, as extraction writes them.
import type { Fact } from '../types.js';

/** Customary unit, metric unit, metric units per customary unit. */
const FACTORS: ReadonlyArray<[string, string, number]> = [
  ['inch', 'centimeter', 2.54],
  ['inch', 'millimeter', 25.4],
  ['foot', 'meter', 0.3048],
  ['foot', 'centimeter', 30.48],
  ['yard', 'meter', 0.9144],
  ['mile', 'kilometer', 1.609344],
  ['mile', 'meter', 1609.344],
  ['mile-per-hour', 'kilometer-per-hour', 1.609344],
  ['pound', 'kilogram', 0.45359237],
  ['pound', 'gram', 453.59237],
  ['ounce', 'gram', 28.349523],
  ['stone', 'kilogram', 6.35029318],
  ['acre', 'hectare', 0.40468564],
  ['gallon', 'liter', 3.785411784],
];
const TEMPERATURE = new Set(['fahrenheit', 'celsius', 'degree']);
/** How far a converted figure may be rounded: "2 inches" are written "5 cm" (5.08). */
const ROUNDING = 0.06;

const near = (exact: number, written: number) => Math.abs(exact - written) <= ROUNDING * Math.max(Math.abs(exact), Math.abs(written));

/** The factors that may relate a figure in `unit` to another whose unit is `other` (unknown: any). */
function factorsFor(unit: string, other: string | undefined): number[] {
  const out: number[] = [];
  for (const [customary, metric, factor] of FACTORS) {
    if (unit === customary && (other === undefined || other === metric)) out.push(factor);
    if (unit === metric && (other === undefined || other === customary)) out.push(1 / factor);
  }
  return out;
}

function temperatures(x: number, y: number): boolean {
  const celsius = (f: number) => ((f - 32) * 5) / 9;
  // A temperature, or a difference of temperatures ("10 degrees above average").
  return near(celsius(x), y) || near(celsius(y), x) || near((x * 5) / 9, y) || near((y * 5) / 9, x);
}

/** Whether two numbers may be one measure in two units; at least one side must name its unit. */
export function isConversion(a: Fact, b: Fact): boolean {
  if (a.type !== 'number' || b.type !== 'number' || (!a.unit && !b.unit) || a.unit === b.unit && !TEMPERATURE.has(a.unit!)) return false;
  const [x, y] = [a.value as number, b.value as number];
  if ((a.unit && TEMPERATURE.has(a.unit)) || (b.unit && TEMPERATURE.has(b.unit))) {
    if (temperatures(x, y)) return true;
  }
  const factors = a.unit ? factorsFor(a.unit, b.unit) : factorsFor(b.unit!, a.unit).map((f) => 1 / f);
  return factors.some((f) => near(x * f, y));
}
