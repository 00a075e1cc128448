// A fact's normalised value in words a reader scans quickly: "5000000 EUR", "25 %", "2024-08-24".
import type { Fact } from '../types.js';

/** ISO weekdays 1-7 as English names: 1 January 2024 was a Monday. */
const WEEKDAY_NAMES = Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, i + 1))));

const QUALIFIER_MARK = { approx: '~', over: '>', under: '<', 'at-least': '≥', 'at-most': '≤' } as const;

/** "18 in", "25 cm": a number with its unit's short English symbol, from CLDR. */
function withUnit(value: number, unit: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 20 }).format(value);
  } catch {
    return `${value} ${unit}`;
  }
}

export function describeValue(f: Pick<Fact, 'type' | 'value' | 'currency' | 'qualifier' | 'lemma' | 'unit'>): string {
  const mark = f.qualifier ? QUALIFIER_MARK[f.qualifier] : '';
  switch (f.type) {
    case 'money':
      return `${mark}${f.value} ${f.currency ?? ''}`.trim();
    case 'percent':
      return `${mark}${f.value} %`;
    case 'number':
      return `${mark}${f.unit && typeof f.value === 'number' ? withUnit(f.value, f.unit) : f.value}`;
    case 'ordinal':
      return `${f.value}.`;
    case 'weekday':
      return WEEKDAY_NAMES[Number(f.value) - 1] ?? String(f.value);
    default:
      return f.lemma && f.lemma !== f.value ? `${f.value} (${f.lemma})` : String(f.value);
  }
}
