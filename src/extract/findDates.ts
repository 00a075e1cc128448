// Dates from the pack's pattern rules (one production per rule kind) and all-digit dates
// read in the language's order; `ignore` rules mark spans that hold no fact at all.
import type { CompiledPack, CompiledRule } from '../packs/compilePack.js';
import type { Span } from '../types.js';
import type { Candidate, DateParts } from './Candidate.js';
import { isFourDigitYear, utcDate } from './utcDate.js';
import { matchesIn } from './windows.js';
import { LETTER } from '../text/regexSource.js';

type Groups = Record<string, string | undefined>;
type Indices = Record<string, [number, number] | undefined>;

const lower = (s: string) => s.toLocaleLowerCase();

function daysIn(month: number, year = 2024): number {
  return utcDate(year, month, 0).getUTCDate();
}

export function validParts(p: DateParts): boolean {
  if (p.year !== undefined && !isFourDigitYear(p.year)) return false;
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return false;
  if (p.day !== undefined && (p.month === undefined || p.day < 1 || p.day > daysIn(p.month, p.year))) return false;
  return p.year !== undefined || p.month !== undefined;
}

/**
 * "4-1 de febrero": a range whose end comes before its start is no range. Without years, a
 * later month may still end in the next year ("28 December to 3 January").
 */
export function endsBeforeStart(from: DateParts, to: DateParts): boolean {
  const key = (p: DateParts) => [p.year ?? 0, p.month ?? 0, p.day ?? 0];
  if (from.year === undefined || to.year === undefined) {
    return from.month !== undefined && from.month === to.month && (from.day ?? 0) > (to.day ?? 32);
  }
  const [a, b] = [key(from), key(to)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/**
 * A full date whose day the month has not ("0 October 1968", "May 38, 2005", "31 June 2019"):
 * a slip worth reporting, not a count beside a month. Only with its year, so that "in May 45
 * people" stays a month and a count.
 */
function impossibleDayOf(p: DateParts): number | undefined {
  if (p.day === undefined || p.year === undefined || p.month === undefined || validParts(p)) return undefined;
  return validParts({ year: p.year, month: p.month }) && p.day < 100 ? p.day : undefined;
}

function monthOf(pack: CompiledPack, name: string | undefined, number: string | undefined): number | undefined {
  if (number !== undefined) return Number(number);
  if (name === undefined) return undefined;
  // "آب/أغسطس", "أغسطس (آب)": the first name is the month.
  const first = name.split(/\s*[/(]\s*/u)[0]!;
  return pack.months.get(lower(first));
}

function partsOf(pack: CompiledPack, g: Groups, suffix: '' | '2'): DateParts {
  const parts: DateParts = {};
  const day = g[`day${suffix}`], year = g[`year${suffix}`];
  const month = monthOf(pack, g[`month${suffix}`], g[`monthnum${suffix}`]);
  if (day !== undefined) parts.day = Number(day);
  if (month !== undefined) parts.month = month;
  if (year !== undefined) parts.year = Number(year);
  return parts;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** "19" or "XIX" as a number; undefined for what is no Roman numeral ("VX", "IIII"). */
function centuryNumber(raw: string): number | undefined {
  if (/^[0-9]+$/.test(raw)) return Number(raw);
  const written = raw.toUpperCase();
  if (!/^X{0,3}(?:IX|IV|V?I{0,3})$/.test(written)) return undefined;
  let n = 0;
  for (let i = 0; i < written.length; i++) {
    const [v, next] = [ROMAN[written[i]!]!, ROMAN[written[i + 1] ?? ''] ?? 0];
    n += v < next ? -v : v;
  }
  return n || undefined;
}

function produce(compiled: CompiledRule, pack: CompiledPack, g: Groups, span: Span): Candidate | undefined {
  const rule = `${pack.lang}/${compiled.rule.id}`;
  const base = { ...span, type: 'date' as const, rule };
  switch (compiled.rule.kind) {
    case 'date':
    case 'year': {
      const parts = partsOf(pack, g, '');
      if (validParts(parts)) return { ...base, date: { kind: 'point', parts } };
      const impossibleDay = impossibleDayOf(parts);
      return impossibleDay === undefined ? undefined : { ...base, date: { kind: 'point', parts: { year: parts.year!, month: parts.month! }, impossibleDay } };
    }
    case 'period': {
      const parts = partsOf(pack, g, '');
      const period = g.part !== undefined ? pack.parts.get(lower(g.part)) : undefined;
      return validParts(parts) ? { ...base, date: { kind: 'point', parts, ...(period ? { period } : {}) } } : undefined;
    }
    case 'range': {
      const from = partsOf(pack, g, '');
      const to = partsOf(pack, g, '2');
      // "2021–22": the second year takes the first one's century.
      if (to.year !== undefined && to.year < 100) {
        if (from.year === undefined) return undefined;
        to.year += from.year - (from.year % 100);
        if (to.year < from.year) to.year += 100;
      }
      // "24 по 28 августа": the first date borrows what only the second states.
      if (from.month === undefined && from.day !== undefined) from.month = to.month;
      if (from.year === undefined && to.year !== undefined && (from.month === undefined || to.month !== undefined)) from.year = to.year;
      if (to.year === undefined && from.year !== undefined && to.month !== undefined) to.year = from.year;
      if (!validParts(from) || !validParts(to) || endsBeforeStart(from, to)) return undefined;
      return { ...base, date: { kind: 'range', from, to } };
    }
    case 'quarter':
    case 'half': {
      // The quarter or half of the year: Q3 is July to September, the second half July to December.
      const [raw, words, months] = compiled.rule.kind === 'quarter' ? [g.quarter, pack.quarters, 3] : [g.half, pack.halves, 6];
      const n = raw === undefined ? undefined : /^[1-4]$/.test(raw) ? Number(raw) : words.get(lower(raw));
      if (n === undefined || n > 12 / months) return undefined;
      const year = g.year !== undefined ? Number(g.year) : undefined;
      const first = (n - 1) * months + 1;
      return { ...base, date: { kind: 'months', first, last: first + months - 1, ...(year !== undefined ? { year } : {}) } };
    }
    case 'decade': {
      // "the 1980s" is the years 1980 to 1989.
      const year = g.year === undefined ? undefined : Number(g.year);
      if (year === undefined || year % 10 !== 0) return undefined;
      return { ...base, date: { kind: 'range', from: { year }, to: { year: year + 9 } } };
    }
    case 'century': {
      // The 19th century is the years 1801 to 1900.
      const n = g.century === undefined ? undefined : centuryNumber(g.century);
      if (n === undefined || n < 1 || n > 21) return undefined;
      return { ...base, date: { kind: 'range', from: { year: (n - 1) * 100 + 1 }, to: { year: n * 100 } } };
    }
    case 'time':
    case 'score':
    case 'ignore':
      return undefined;
  }
}

/** The score in a score rule's match: from its first to its last number ("won 3-1" is "3-1"). */
function scoreOf(scan: string, span: Span): (Span & { textValue: string }) | undefined {
  const numbers = [...scan.slice(span.start, span.end).matchAll(/[0-9]+/g)];
  if (numbers.length !== 2) return undefined;
  const [a, b] = numbers as [RegExpExecArray, RegExpExecArray];
  return { start: span.start + a.index, end: span.start + b.index + b[0].length, textValue: `${Number(a[0])}-${Number(b[0])}` };
}

/** The first number word of a match ("às três da tarde"): an hour written in words. */
function hourInWords(piece: string, pack: CompiledPack): number | undefined {
  for (const [word] of piece.toLocaleLowerCase().matchAll(/[\p{L}\p{M}]+/gu)) {
    const value = pack.numberWords.get(word);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The time of day in a time rule's match: its first number is the hour, a second the
 * minutes, or an hour in words; a 12-hour clock's half of the day comes from the rule ("3
 * p.m." is 15:00).
 */
function timeOf(scan: string, span: Span, meridiem: 'am' | 'pm' | undefined, pack: CompiledPack): string | undefined {
  const piece = scan.slice(span.start, span.end);
  const digits = [...piece.matchAll(/[0-9]+/g)].map((n) => Number(n[0]));
  const word = digits.length ? undefined : hourInWords(piece, pack);
  const numbers = word === undefined ? digits : [word];
  if (numbers.length < 1 || numbers.length > 2) return undefined;
  let [hour, minute = 0] = numbers as [number, number?];
  if (meridiem && (hour < 1 || hour > 12)) return undefined;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export interface DateFinds {
  dates: Candidate[];
  ignored: Span[];
}

export function findRuleDates(scan: string, pack: CompiledPack, windows: readonly Span[]): DateFinds {
  const dates: Candidate[] = [];
  const ignored: Span[] = [];
  const everywhere = [{ start: 0, end: scan.length }];
  for (const compiled of pack.rules) {
    for (const m of matchesIn(compiled.regex, scan, compiled.needsDigit ? windows : everywhere)) {
      const indices = (m.indices?.groups ?? {}) as Indices;
      const factSpan = indices.fact;
      const span = factSpan ? { start: factSpan[0], end: factSpan[1] } : { start: m.index!, end: m.index! + m[0].length };
      if (span.end <= span.start) continue;
      if (compiled.rule.kind === 'ignore') {
        ignored.push(span);
        continue;
      }
      if (compiled.rule.kind === 'score') {
        // A score in words ("dua lawan dua") is no figure either.
        const score = scoreOf(scan, span);
        if (score) dates.push({ ...score, type: 'score', rule: `${pack.lang}/${compiled.rule.id}` });
        else ignored.push(span);
        continue;
      }
      if (compiled.rule.kind === 'ordinal') {
        // The digits of the span ("der 50. Jahrestag", "في الدقيقة 89"); an ordinal in words stays no figure.
        const digits = /[0-9]+/.exec(scan.slice(span.start, span.end));
        if (digits) dates.push({ start: span.start + digits.index, end: span.start + digits.index + digits[0].length, type: 'ordinal', value: Number(digits[0]), precision: 1, rule: `${pack.lang}/${compiled.rule.id}` });
        else ignored.push(span);
        continue;
      }
      if (compiled.rule.kind === 'time') {
        const time = timeOf(scan, span, compiled.rule.meridiem, pack);
        if (time) dates.push({ ...span, type: 'time', textValue: time, rule: `${pack.lang}/${compiled.rule.id}` });
        else ignored.push(span);
        continue;
      }
      const candidate = produce(compiled, pack, (m.groups ?? {}) as Groups, span);
      if (candidate) dates.push(candidate);
    }
  }
  return { dates, ignored };
}

const NUMERIC_DATE = new RegExp(`(?<![0-9][.,/-]?|${LETTER})([0-9]{1,4})([./-])([0-9]{1,2})\\2([0-9]{4}|[0-9]{2})(?![0-9]|[.,/-][0-9])`, 'gu');

/** "24.08.2024", "08/24/2024", "2024-08-24", "24/08/24", read in the language's order when ambiguous. */
export function findNumericDates(scan: string, pack: CompiledPack): Candidate[] {
  const out: Candidate[] = [];
  for (const m of scan.matchAll(NUMERIC_DATE)) {
    const [, a, sep, b, c] = m as unknown as [string, string, string, string, string];
    let parts: DateParts | undefined;
    if (a.length === 4) {
      if (sep !== '-' || c.length !== 2) continue;
      parts = { year: Number(a), month: Number(b), day: Number(c) };
    } else if (a.length <= 2) {
      if (c.length === 2 && sep === '-') continue;
      const year = c.length === 4 ? Number(c) : Number(c) + (Number(c) < 50 ? 2000 : 1900);
      const dmy = { year, month: Number(b), day: Number(a) };
      const mdy = { year, month: Number(a), day: Number(b) };
      const [first, second] = pack.pack.dates.numericOrder === 'mdy' ? [mdy, dmy] : [dmy, mdy];
      parts = validParts(first) ? first : validParts(second) ? second : undefined;
    }
    if (!parts || !validParts(parts)) continue;
    out.push({ type: 'date', start: m.index, end: m.index + m[0].length, date: { kind: 'point', parts }, rule: 'core/numeric-date' });
  }
  return out;
}
