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

/** Two units that may name one scale: the same unit, or "degrees" and a temperature scale. */
export function sameUnit(a: string, b: string): boolean {
  return a === b || ((a === 'degree' || b === 'degree') && TEMPERATURE.has(a) && TEMPERATURE.has(b));
}
/** A converted figure within this share of the exact one is that figure, however it is written (1.6 km to the mile: 385 miles as 616 km). */
const CLOSE = 0.01;
/** Beyond this share no rounding makes one figure the other. */
const FAR = 0.1;

/** The step a figure is written to: 300 to the hundred, 320 to ten, 135 to five, 7.5 to a half. */
export function writtenStep(written: number): number {
  const w = Math.abs(written);
  let step = 1e-6;
  for (let k = -6; k <= 15; k++) {
    for (const s of [10 ** k, 5 * 10 ** k]) {
      if (s <= w && Math.abs(w / s - Math.round(w / s)) < 1e-9) step = s;
    }
  }
  return step;
}

/**
 * Whether `written` is `exact` as a translator writes it: close to it, rounded to the step it
 * is written to, or with its decimals cut ("200 miles", 321.9 km, as 320 or 300 km; 85 mph,
 * 136.8 km/h, as 135, 136 or 137 km/h, never 142).
 */
const near = (exact: number, written: number) => {
  const off = Math.abs(exact - written);
  const size = Math.max(Math.abs(exact), Math.abs(written));
  if (off <= CLOSE * size) return true;
  const step = writtenStep(written);
  return off <= FAR * size && (off <= step / 2 || (step <= 1 && off < step));
};

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

/** Two numbers in two units of one dimension ("10 inches", "18 cm"): one measure, if the figures fit. */
export function sameDimension(a: Fact, b: Fact): boolean {
  if (!a.unit || !b.unit || a.unit === b.unit) return false;
  if (TEMPERATURE.has(a.unit) && TEMPERATURE.has(b.unit)) return true;
  return factorsFor(a.unit, b.unit).length > 0;
}

/** Whether two numbers may be one measure in two units; at least one side must name its unit. */
export function isConversion(a: Fact, b: Fact): boolean {
  if (a.type !== 'number' || b.type !== 'number' || (!a.unit && !b.unit) || a.unit === b.unit && !TEMPERATURE.has(a.unit!)) return false;
  const [x, y] = [a.value as number, b.value as number];
  if ((a.unit && TEMPERATURE.has(a.unit)) || (b.unit && TEMPERATURE.has(b.unit))) {
    if (temperatures(x, y)) return true;
  }
  const factors = a.unit ? factorsFor(a.unit, b.unit) : factorsFor(b.unit!, a.unit).map((f) => 1 / f);
  return factors.some((f) => near(x * f, y) || near(y / f, x));
}
