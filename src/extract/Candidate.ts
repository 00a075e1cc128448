// A fact found by one finder, before overlaps between finders are settled.
import type { DatePart, FigureType, PeriodPart, Qualifier, Span, TextValueType } from '../types.js';

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/** What a date candidate states; its ISO value is built once missing years are inferred. */
export type DateShape =
  /** impossibleDay: a day the month has not ("0 October 1968", "May 38, 2005"); `parts` hold the rest. */
  | { kind: 'point'; parts: DateParts; period?: PeriodPart; impossibleDay?: number }
  | { kind: 'range'; from: DateParts; to: DateParts }
  /** A run of months of one year: a quarter (3 months) or a half (6). */
  | { kind: 'months'; first: number; last: number; year?: number };

export interface Candidate extends Span {
  type: FigureType | TextValueType;
  value?: number;
  /** The step a number is written to: 100000 for "12,5 Mio.", 1 for "300". */
  precision?: number;
  currency?: string;
  qualifier?: Qualifier;
  date?: DateShape;
  /** The value of a time ("HH:MM"), a score ("38-17") or an identifier ("HER2", "8592923680"). */
  textValue?: string;
  rule: string;
}

/** Parts a date shape states, for `stated` on the fact. */
export function statedParts(shape: DateShape): DatePart[] {
  const has = (p: DateParts) => [p.year !== undefined && 'year', p.month !== undefined && 'month', p.day !== undefined && 'day'];
  const flags =
    shape.kind === 'point' ? [...has(shape.parts), shape.impossibleDay !== undefined && 'day'] : shape.kind === 'range' ? [...has(shape.from), ...has(shape.to)] : [shape.year !== undefined && 'year', 'month'];
  return (['year', 'month', 'day'] as const).filter((p) => flags.includes(p));
}
