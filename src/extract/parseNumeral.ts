// Reading a written number ("1.234,5", "1,200", "12 500", "١٢٫٥" after scanText) by the
// conventions of its language: German "12,5" is twelve and a half, English "1,200" is one
// thousand two hundred, and a lone "1,2" is 1.2 whatever the language.

export interface Numeral {
  value: number;
  /** Digits were grouped with separators ("1.000.000"). */
  grouped: boolean;
  /** The numeral has a decimal part. */
  decimal: boolean;
  /** The smallest step it is written to: 0.1 for "12,5", 1 for "300". */
  precision: number;
}

const ALWAYS_DECIMAL = '٫';
const ALWAYS_GROUP = new Set(['٬', ' ', "'", '’']);

/** Splits "1.234,5" into digit runs ["1","234","5"] and separators [".", ","]. */
function split(raw: string): { digits: string[]; seps: string[] } {
  const digits: string[] = [];
  const seps: string[] = [];
  let run = '';
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') run += ch;
    else {
      digits.push(run);
      seps.push(ch);
      run = '';
    }
  }
  digits.push(run);
  return { digits, seps };
}

function validGroups(digits: string[], indian: boolean): boolean {
  if (digits[0]!.length >= 1 && digits[0]!.length <= 3 && digits.slice(1).every((d) => d.length === 3)) return true;
  // The Indian system: the last group has three digits, those before it two ("12,34,567").
  return indian && digits.length > 2 && digits[0]!.length <= 2 && digits.at(-1)!.length === 3 && digits.slice(1, -1).every((d) => d.length === 2);
}

function build(intDigits: string[], fraction: string | undefined, grouped: boolean): Numeral {
  const text = intDigits.join('') + (fraction !== undefined ? `.${fraction}` : '');
  return { value: Number(text), grouped, decimal: fraction !== undefined, precision: 10 ** -(fraction?.length ?? 0) };
}

/**
 * The value of a numeral, or undefined when it cannot be a number (a version "1.2.3", "1,22,3").
 * With `indianGrouping`, groups of two before the last group of three are grouping too
 * ("1,00,000" = 100 000, "1,22,333" = 122 333).
 */
export function parseNumeral(raw: string, decimalMarks: ReadonlySet<string>, groupMarks: ReadonlySet<string>, indianGrouping = false): Numeral | undefined {
  const { digits, seps } = split(raw);
  if (digits.some((d) => d.length === 0)) return undefined;
  if (seps.length === 0) return build(digits, undefined, false);

  const last = seps.at(-1)!;
  const kinds = new Set(seps);
  if (seps.length === 1) {
    const [left, right] = [digits[0]!, digits[1]!];
    if (last === ALWAYS_DECIMAL) return build([left], right, false);
    if (ALWAYS_GROUP.has(last)) return right.length === 3 && left.length <= 3 ? build(digits, undefined, true) : undefined;
    if (right.length !== 3 || left === '0') return build([left], right, false);
    const isDecimal = decimalMarks.has(last), isGroup = groupMarks.has(last);
    if (isDecimal && !isGroup) return build([left], right, false);
    if (isGroup && !isDecimal) return left.length <= 3 ? build(digits, undefined, true) : undefined;
    return [...decimalMarks][0] === last ? build([left], right, false) : build(digits, undefined, true);
  }
  if (kinds.size === 1) {
    // "1.000.000", "1 000 000": one separator repeated is always grouping.
    return last !== ALWAYS_DECIMAL && validGroups(digits, indianGrouping) ? build(digits, undefined, true) : undefined;
  }
  // Two kinds: the last separator is the decimal mark, the others group ("1.234.567,89").
  const groupSeps = seps.slice(0, -1);
  if (groupSeps.includes(last) || new Set(groupSeps).size !== 1 || last === ' ' || ALWAYS_GROUP.has(last)) return undefined;
  const intDigits = digits.slice(0, -1);
  if (!validGroups(intDigits, indianGrouping)) return undefined;
  return build(intDigits, digits.at(-1), true);
}
