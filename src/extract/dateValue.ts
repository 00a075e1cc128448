// ISO 8601 values of date candidates, with years a text leaves out filled in: from
// --ref-date when given, else from the explicit years before the date in the same document.
// A year that cannot be known stays out: "--08-24".
import type { DatePart, PeriodPart } from '../types.js';
import { statedParts, type Candidate, type DateParts, type DateShape } from './Candidate.js';
import { isFourDigitYear, utcDate } from './utcDate.js';

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(p: DateParts): string {
  const md = p.month === undefined ? '' : p.day === undefined ? pad(p.month) : `${pad(p.month)}-${pad(p.day)}`;
  if (p.year === undefined) return `--${md}`;
  // ISO 8601: four digits, "0050" for the year 50.
  const year = String(p.year).padStart(4, '0');
  return md ? `${year}-${md}` : year;
}



export function valueOf(shape: DateShape): string {
  switch (shape.kind) {
    case 'point':
      return isoOf(shape.parts);
    case 'range':
      return `${isoOf(shape.from)}/${isoOf(shape.to)}`;
    case 'months':
      return `${isoOf({ year: shape.year, month: shape.first })}/${isoOf({ year: shape.year, month: shape.last })}`;
  }
}

/** The year of the date nearest to the reference date (a partial date may be last year's or next). */
function yearNear(ref: Date, month: number, day = 15): number {
  const y = ref.getUTCFullYear();
  let best = y;
  let bestDistance = Infinity;
  for (const candidate of [y - 1, y, y + 1].filter(isFourDigitYear)) {
    const distance = Math.abs(utcDate(candidate, month - 1, day).getTime() - ref.getTime());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function missesYear(shape: DateShape): boolean {
  if (shape.kind === 'point') return shape.parts.year === undefined;
  if (shape.kind === 'range') return shape.from.year === undefined || shape.to.year === undefined;
  return shape.year === undefined;
}

function firstMonth(shape: DateShape): { month: number; day?: number } {
  if (shape.kind === 'point') return { month: shape.parts.month ?? 6, day: shape.parts.day };
  if (shape.kind === 'range') return { month: shape.from.month ?? 6, day: shape.from.day };
  return { month: Math.round((shape.first + shape.last) / 2) };
}

function withYear(shape: DateShape, year: number): DateShape {
  if (shape.kind === 'point') return { ...shape, parts: { ...shape.parts, year } };
  if (shape.kind === 'months') return { ...shape, year };
  const from = { ...shape.from, year: shape.from.year ?? year };
  // A range over the new year ("28 December to 3 January") ends in the next.
  const toYear = shape.to.year ?? (from.month !== undefined && shape.to.month !== undefined && shape.to.month < from.month ? year + 1 : year);
  return { ...shape, from, to: { ...shape.to, year: toYear } };
}

function explicitYears(dates: readonly Candidate[]): Array<{ at: number; year: number }> {
  const out: Array<{ at: number; year: number }> = [];
  for (const c of dates) {
    const shape = c.date!;
    const year = shape.kind === 'point' ? shape.parts.year : shape.kind === 'range' ? shape.to.year ?? shape.from.year : shape.year;
    if (year !== undefined) out.push({ at: c.start, year });
  }
  return out;
}

export interface DateFields {
  value: string;
  stated: DatePart[];
  inferred: DatePart[];
  period?: PeriodPart;
  impossibleDay?: number;
}

/** Values for every date candidate of a document, in the order given. */
export function dateFields(dates: readonly Candidate[], refDate: Date | undefined): DateFields[] {
  const years = explicitYears(dates);
  const distinct = new Set(years.map((y) => y.year));
  // Dates come in document order: the explicit years before each are a growing prefix.
  let seen = 0;
  return dates.map((c) => {
    while (seen < years.length && years[seen]!.at < c.start) seen++;
    let shape = c.date!;
    const stated = statedParts(shape);
    const inferred: DatePart[] = [];
    if (missesYear(shape)) {
      let year: number | undefined;
      if (refDate) {
        const { month, day } = firstMonth(shape);
        year = yearNear(refDate, month, day);
      } else {
        const before = seen > 0 ? years[seen - 1] : undefined;
        year = before?.year ?? (distinct.size === 1 ? [...distinct][0] : undefined);
      }
      if (year !== undefined) {
        shape = withYear(shape, year);
        inferred.push('year');
      }
    }
    const [period, impossibleDay] = shape.kind === 'point' ? [shape.period, shape.impossibleDay] : [];
    return { value: valueOf(shape), stated, inferred, ...(period ? { period } : {}), ...(impossibleDay !== undefined ? { impossibleDay } : {}) };
  });
}
