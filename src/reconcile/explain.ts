// Why two versions of one figure differ: the likely cause, as a code and its arguments.
// The words of the explanation are the formatters' job (src/format/conflictMessage.ts).
import { holdsFalseFriend } from './scaleFalseFriends.js';

export type ConflictCode =
  | 'scale-false-friend'
  | 'scale-mismatch'
  | 'decimal-separator'
  | 'digit-typo'
  | 'digit-transposition'
  | 'rounding'
  | 'currency-mismatch'
  | 'day-month-swap'
  | 'year-off-by-one'
  | 'month-differs'
  | 'weekday-differs'
  | 'conversion-differs'
  | 'date-differs'
  | 'given-name-differs'
  | 'value-differs';

export interface Explanation {
  code: ConflictCode;
  /** Whether the cause is specific enough to call two aligned figures the same fact. */
  explained: boolean;
}

/** Significant digits of a number: 1200000 and 1.2 are both "12". */
function significant(n: number): string {
  return Math.abs(n)
    .toExponential(12)
    .replace(/e.*$/, '')
    .replace('.', '')
    .replace(/0+$/, '');
}

function digitsOf(n: number): string {
  return String(Math.abs(n)).replace('.', '');
}

function editDistanceOne(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) return [...a].filter((c, i) => c !== b[i]).length === 1;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

function transposed(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].map((c, i) => (c !== b[i] ? i : -1)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** Two digit strings one slip apart: two neighbours swapped, or one digit changed, added or dropped. */
function digitSlip(a: string, b: string): Explanation | undefined {
  if (transposed(a, b)) return { code: 'digit-transposition', explained: true };
  if (editDistanceOne(a, b)) return { code: 'digit-typo', explained: true };
  return undefined;
}

export interface FigureSide {
  value: number;
  text: string;
  lang: string;
  currency?: string;
}

/** The relation between two numeric values of what is taken to be one fact. */
export function explainNumbers(a: FigureSide, b: FigureSide): Explanation {
  if (a.currency && b.currency && a.currency !== b.currency) {
    return { code: 'currency-mismatch', explained: Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value)) };
  }
  const [small, large] = Math.abs(a.value) <= Math.abs(b.value) ? [a, b] : [b, a];
  const ratio = small.value === 0 ? Infinity : large.value / small.value;
  const power = Math.log10(Math.abs(ratio));
  if (Number.isFinite(power) && Math.abs(power - Math.round(power)) < 1e-9 && Math.round(power) >= 3 && significant(a.value) === significant(b.value)) {
    if (Math.round(power) === 3 && holdsFalseFriend(large.text, large.lang)) return { code: 'scale-false-friend', explained: true };
    // "1.200" read as 1200 in one language and "1,2" as 1.2 in another: the digits agree.
    const separators = /[0-9][.,٫٬'’ ][0-9]/;
    if (Math.round(power) === 3 && separators.test(a.text) && separators.test(b.text) && !/\p{L}/u.test(a.text + b.text)) {
      return { code: 'decimal-separator', explained: true };
    }
    return { code: 'scale-mismatch', explained: true };
  }
  const slip = digitSlip(digitsOf(a.value), digitsOf(b.value));
  if (slip) return slip;
  const relative = Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value));
  if (relative <= 0.05) return { code: 'rounding', explained: true };
  return { code: 'value-differs', explained: false };
}

/** "1801/1900" is the 19th century ("19"), "1980/1989" the 1980s ("1980"): the number written. */
function centuryOrDecadeOf(value: string): { kind: 'century' | 'decade'; written: string } | undefined {
  const m = /^(\d{3,4})\/(\d{4})$/.exec(value);
  if (!m) return undefined;
  const [from, to] = [Number(m[1]), Number(m[2])];
  if (from % 100 === 1 && to - from === 99) return { kind: 'century', written: String(to / 100) };
  if (from % 10 === 0 && to - from === 9) return { kind: 'decade', written: String(from) };
  return undefined;
}

/** The relation between two ISO date values (reduced precision, or intervals) of one fact. */
export function explainDates(a: string, b: string): Explanation {
  // "19. Jahrhundert" against "10. Jahrhundert", "1980s" against "1990s": the number written.
  const [ca, cb] = [centuryOrDecadeOf(a), centuryOrDecadeOf(b)];
  if (ca && cb) return (ca.kind === cb.kind && digitSlip(ca.written, cb.written)) || { code: 'date-differs', explained: false };
  const pa = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(a);
  const pb = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(b);
  if (pa && pb) {
    const [, ya, ma, dda] = pa;
    const [, yb, mb, ddb] = pb;
    if (ma === mb && dda === ddb && Math.abs(Number(ya) - Number(yb)) === 1) return { code: 'year-off-by-one', explained: true };
    if (ya === yb && ma && mb && dda && ddb && ma === ddb.padStart(2, '0') && mb === dda) return { code: 'day-month-swap', explained: true };
    if (ya === yb && ma && mb && ma !== mb && dda === ddb) return { code: 'month-differs', explained: true };
  }
  // "--05" against "--06", "--05-03" against "--06-03": yearless dates a month apart.
  const [ya, yb] = [/^--(\d{2})(-\d{2})?$/.exec(a), /^--(\d{2})(-\d{2})?$/.exec(b)];
  if (ya && yb && ya[1] !== yb[1] && ya[2] === yb[2]) return { code: 'month-differs', explained: true };
  // "--09-24" against "--09-29", "1897" against "1987": one digit changed or two swapped.
  if (a.length === b.length) {
    const slip = digitSlip(a.replace(/\D/g, ''), b.replace(/\D/g, ''));
    if (slip) return slip;
  }
  return { code: 'date-differs', explained: false };
}

/**
 * Two identifiers of one thing: the same letters and as many digits, one digit changed or
 * two swapped ("HER2" against "HER5", "859-292-3680" against "859-299-3680"). Any other
 * difference is two different codes ("A320" and "B737").
 */
export function explainIdentifiers(a: string, b: string): Explanation {
  const letters = (s: string) => s.replace(/[0-9]/g, '');
  const digits = (s: string) => s.replace(/[^0-9]/g, '');
  const [da, db] = [digits(a), digits(b)];
  return (letters(a) === letters(b) && da.length === db.length && digitSlip(da, db)) || { code: 'value-differs', explained: false };
}
