// Numbers, money and percentages: anchored on a written number (digits, or a run of number
// words), extended right over scale words, a currency or a percent sign, and left over a
// currency symbol and a hedge ("mehr als", "около").
import type { CompiledPack } from '../packs/compilePack.js';
import type { Qualifier } from '../types.js';
import type { Candidate } from './Candidate.js';
import { combineNumberWords, numberWordsOf, splitNumberRun } from './numberWords.js';
import { parseNumeral } from './parseNumeral.js';
import { LETTER_RE, WORD_CHAR_RE } from '../text/regexSource.js';

const UPPER = /\p{Lu}/u;
const SENTENCE_END = /[.!?…:;"'‘’«»“”„(\n]\s*$/u;

interface Core {
  start: number;
  end: number;
  value: number;
  /** A plain integer of four digits, with nothing attached: may be a year. */
  bareInteger: boolean;
  /** Number words that end in a scale word ("zwei Millionen"): a currency may follow "de". */
  scaled: boolean;
  /** The scale words ending a run of number words ("trois millions": 10^6), else 1. */
  trailingScale: number;
  /** The smallest step the number is written to, before scale words. */
  precision: number;
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** `word` is one or more of the pack's glued prefixes, one after another (Hebrew "וב" = ו + ב). */
function isPrefixChain(word: string, prefixes: readonly string[]): boolean {
  if (word === '') return true;
  return prefixes.some((p) => word.startsWith(p) && isPrefixChain(word.slice(p.length), prefixes));
}

/** The whole word of letters ending at `end`, four letters at most, is made of the pack's glued prefixes. */
function prefixWordBefore(scan: string, end: number, pack: CompiledPack): boolean {
  let from = end;
  while (from > 0 && end - from < 4 && LETTER_RE.test(scan[from - 1]!)) from--;
  if (from === end || (from > 0 && LETTER_RE.test(scan[from - 1]!))) return false;
  return isPrefixChain(scan.slice(from, end), pack.wordPrefixes);
}

/**
 * A number glued to letters or codes before it ("A4", "MH17", "COVID-19", "ke-50") is an
 * identifier, unless the letters are a currency ("Rp5", "US$5") or a glued conjunction or
 * preposition of the pack's `wordPrefixes`, written on the number (Arabic "و20") or joined
 * to it by a hyphen (Hebrew "ב-2019", "וב-5").
 */
function identifierBefore(scan: string, start: number, pack: CompiledPack): boolean {
  const prev = scan[start - 1];
  if (prev === undefined) return false;
  if (LETTER_RE.test(prev)) {
    if (prefixWordBefore(scan, start, pack)) return false;
    return !currencyBefore(scan, start, pack);
  }
  if (prev === '_' || prev === '#' || prev === '№') return true;
  if (prev === '-' && prefixWordBefore(scan, start - 1, pack)) return false;
  if (prev === '-' || prev === '/' || prev === ':') return LETTER_RE.test(scan[start - 2] ?? ' ') || (prev !== '-' && /[0-9]/.test(scan[start - 2] ?? ''));
  return prev === '.' && /[0-9]/.test(scan[start - 2] ?? '');
}

/** Times (14:30), fractions and slashed codes (24/7), and numbers running into other digits. */
function joinedAfter(scan: string, end: number): boolean {
  const next = scan[end];
  return (next === ':' || next === '/') && /[0-9]/.test(scan[end + 1] ?? '');
}

const FRACTION = /\s([1-9][0-9]?)\/([1-9][0-9]?)(?![0-9/])/y;

/**
 * The fraction of a mixed number after a whole one, written the same in every language:
 * "220 2/3" innings, "3 1/2" miles ("220 5/3" is a slip, still one number). "24/7", "3/4"
 * alone stay what they are.
 */
function fractionAfter(scan: string, end: number): { value: number; end: number; precision: number } | undefined {
  const m = stickyAt(FRACTION, scan, end);
  if (!m) return undefined;
  const [numerator, denominator] = [Number(m[1]), Number(m[2])];
  if (denominator < 2 || denominator > 16) return undefined;
  return { value: numerator / denominator, end: end + m[0].length, precision: 1 / denominator };
}

function capitalisedMidSentence(scan: string, start: number, pack: CompiledPack): boolean {
  if (pack.pack.detect.script !== 'Latn' && pack.pack.detect.script !== 'Cyrl') return false;
  if (!UPPER.test(scan[start] ?? '')) return false;
  const before = scan.slice(Math.max(0, start - 4), start);
  return start > 0 && !SENTENCE_END.test(before) && before.trim() !== '';
}

function* digitCores(scan: string, pack: CompiledPack): Generator<Core> {
  for (const m of scan.matchAll(pack.numeral)) {
    const start = m.index;
    const end = start + m[0].length;
    if (identifierBefore(scan, start, pack) || joinedAfter(scan, end)) continue;
    // "007", "0800": leading zeros make a code (see findIdentifiers), not a count.
    if (/^0[0-9]/.test(m[0])) continue;
    if (stickyAt(pack.ordinalAfter, scan, end)) continue; // an ordinal: findOrdinals
    const numeral = parseNumeral(m[0], pack.decimal, pack.group, pack.indianGrouping);
    if (!numeral) continue;
    // A letter of an unspaced script before the sign is no hyphenated word ("前年比-5%").
    const negative = scan[start - 1] === '-' && !WORD_CHAR_RE.test(scan[start - 2] ?? ' ');
    const fraction = numeral.decimal ? undefined : fractionAfter(scan, end);
    const value = numeral.value + (fraction?.value ?? 0);
    yield {
      start: negative ? start - 1 : start,
      end: fraction?.end ?? end,
      value: negative ? -value : value,
      bareInteger: !fraction && !negative && !numeral.grouped && !numeral.decimal && m[0].length === 4,
      scaled: false,
      trailingScale: 1,
      precision: fraction?.precision ?? numeral.precision,
    };
  }
}

function* wordCores(scan: string, pack: CompiledPack): Generator<Core> {
  for (const m of pack.numberWordRun.matchAll(scan)) {
    const all = numberWordsOf(m[0], pack);
    if (!all) continue;
    for (const words of splitNumberRun(all, pack.pack.numbers.unitsBeforeTens ?? false)) {
      if (words.every((w) => w.kind === 'scale' && !w.standalone)) continue;
      const [first] = words;
      // "eine Kaution", "um dos primeiros": "one" alone is no figure; "one hundred", "أحد عشر" are.
      if (first!.onlyBeforeScale && words.length === 1) continue;
      const start = m.index + first!.start;
      if (capitalisedMidSentence(scan, start, pack)) continue;
      const value = combineNumberWords(words);
      const scaled = words.some((w) => w.kind === 'scale');
      if (value < 2 && !scaled) continue;
      let trailingScale = 1;
      for (let k = words.length - 1; k > 0 && words[k]!.kind === 'scale'; k--) trailingScale *= words[k]!.value;
      yield { start, end: m.index + words.at(-1)!.end, value, bareInteger: false, scaled, trailingScale, precision: 1 };
    }
  }
}

/** A number just before, maybe with its scale word: "от 5 до 10", "de 5 millones hasta 10" are ranges. */
const NUMBER_JUST_BEFORE = /[0-9][^\s;:!?]*[ \t]+(?:([\p{L}\p{M}]+\.?)[ \t]+)?$/u;

function rangeBefore(before: string, pack: CompiledPack): boolean {
  const m = NUMBER_JUST_BEFORE.exec(before);
  return !!m && (m[1] === undefined || pack.scales.has(m[1].toLocaleLowerCase()));
}

function qualifierBefore(scan: string, start: number, pack: CompiledPack): Qualifier | undefined {
  const window = scan.slice(Math.max(0, start - 40), start);
  const m = pack.qualifierBefore.exec(window);
  const qualifier = m ? pack.qualifiers.get(m[1]!.toLocaleLowerCase()) : undefined;
  if (qualifier !== 'at-most') return qualifier;
  // "до", "hasta" after a number or a verb of change mean "to": "от 5 до 10", "выросла до 100".
  const qualifierStart = start - window.length + m!.index;
  const before = scan.slice(Math.max(0, qualifierStart - 80), qualifierStart);
  if (rangeBefore(before, pack) || pack.changeBefore?.test(before)) return undefined;
  return qualifier;
}

function currencyBefore(scan: string, start: number, pack: CompiledPack): { code: string; start: number } | undefined {
  const window = scan.slice(Math.max(0, start - 8), start);
  const code = pack.codeBefore.exec(window);
  if (code) return { code: pack.exactCurrencies.get(code[1]!)!, start: start - code[0].length };
  const found = pack.currencyPrefixes.beforeFigure(scan, start, window.length);
  return found ? { code: found.value, start: found.start } : undefined;
}

/** Where a word that makes the number negative starts ("マイナス5"), if one stands right before it. */
function minusBefore(scan: string, start: number, pack: CompiledPack): number | undefined {
  if (!pack.minusBefore || scan[start - 1] === '-') return undefined;
  const window = scan.slice(Math.max(0, start - 12), start);
  const m = pack.minusBefore.exec(window);
  return m ? start - m[0].length : undefined;
}

/** Where a percent sign or word written before the number starts ("%25", "yüzde 25"), if one is. */
function percentBefore(scan: string, start: number, pack: CompiledPack): number | undefined {
  if (!pack.percentBefore) return undefined;
  const window = scan.slice(Math.max(0, start - 12), start);
  const m = pack.percentBefore.exec(window);
  return m ? start - m[0].length : undefined;
}

function currencyAfter(scan: string, at: number, pack: CompiledPack): { code: string; end: number } | undefined {
  const code = stickyAt(pack.codeAfter, scan, at);
  if (code) return { code: pack.exactCurrencies.get(code[1]!)!, end: pack.codeAfter.lastIndex };
  const found = pack.currencyWords.afterFigure(scan, at);
  return found ? { code: found.value, end: found.end } : undefined;
}

/** A figure and how it was built, for joining ranges ("2–3 %", "5 bis 7 Millionen Euro"). */
interface Figure {
  candidate: Candidate;
  core: Core;
  /** The product of the scale words after the number (1 without any). */
  scale: number;
}

/**
 * "2 juta 500 ribu", "1 млн 200 тыс.", "3億5000万": a smaller amount after a scaled one adds to
 * it; glued to a scale word of an unspaced script, digits without a scale are the places below
 * it ("1万2000" = 12 000).
 */
function addedAmount(scan: string, at: number, lastScale: number, pack: CompiledPack): { value: number; end: number } | undefined {
  const m = stickyAt(pack.numeralAfter, scan, at);
  if (!m) return undefined;
  const numeralEnd = pack.numeralAfter.lastIndex;
  const numeral = parseNumeral(m[1]!, pack.decimal, pack.group, pack.indianGrouping);
  if (!numeral) return undefined;
  const scale = stickyAt(pack.scaleAfter, scan, numeralEnd);
  const word = scale && pack.scales.get(scale[1]!.toLocaleLowerCase());
  if (!word) {
    const glued = m[0].length === m[1]!.length;
    return glued && !numeral.decimal && numeral.value < lastScale && !/[0-9]/.test(scan[numeralEnd] ?? '') ? { value: numeral.value, end: numeralEnd } : undefined;
  }
  if (word.needsCurrency || word.value >= lastScale || numeral.value * word.value >= lastScale) return undefined;
  return { value: numeral.value * word.value, end: pack.scaleAfter.lastIndex };
}

/** Extends a number over what follows and precedes it into one figure. */
function toFigure(core: Core, scan: string, pack: CompiledPack, source: string): Figure | undefined {
  const minusStart = minusBefore(scan, core.start, pack);
  let value = minusStart === undefined ? core.value : -core.value;
  let end = core.end;
  let scale = 1;
  let lastScale = Infinity;
  let currencyScale: { value: number; end: number } | undefined;
  for (let m = stickyAt(pack.scaleAfter, scan, end); m; m = stickyAt(pack.scaleAfter, scan, end)) {
    const word = pack.scales.get(m[1]!.toLocaleLowerCase())!;
    const scaleEnd = pack.scaleAfter.lastIndex;
    if (word.needsCurrency) {
      currencyScale = { value: word.value, end: scaleEnd };
      break;
    }
    scale *= word.value;
    lastScale = word.value;
    end = scaleEnd;
  }
  const before = currencyBefore(scan, core.start, pack);
  // "$5m", "5 M€": a scale that needs a currency takes one on either side.
  if (currencyScale && (before || currencyAfter(scan, currencyScale.end, pack))) {
    scale *= currencyScale.value;
    lastScale = currencyScale.value;
    end = currencyScale.end;
  }
  value *= scale;
  for (let added = scale > 1 ? addedAmount(scan, end, lastScale, pack) : undefined; added; added = addedAmount(scan, end, lastScale, pack)) {
    value += added.value;
    end = added.end;
    lastScale = added.value;
  }
  const scaled = scale > 1 || core.scaled;
  let currency = before?.code;
  if (!currency) {
    let after = currencyAfter(scan, end, pack);
    const of = scaled && !after ? stickyAt(pack.scaleOfAfter, scan, end) : null;
    if (of) after = currencyAfter(scan, pack.scaleOfAfter.lastIndex, pack);
    if (after) {
      currency = after.code;
      end = after.end;
    }
  }
  let percent = false;
  /** A percent word worth several percent ("3割" = 30 %). */
  let percentUnit = 1;
  if (!currency) {
    const m = stickyAt(pack.percentAfter, scan, end);
    if (m) {
      percent = true;
      end = pack.percentAfter.lastIndex;
      percentUnit = pack.percentUnits.get(m[1]!.toLocaleLowerCase()) ?? 1;
    }
  }
  value *= percentUnit;
  // "%25", "yüzde 25": where the language writes the percent first.
  const percentFirst = !currency && !percent ? percentBefore(scan, core.start, pack) : undefined;
  if (percentFirst !== undefined) percent = true;
  // A number glued to capital letters is a code or a name ("3D", "5G", "4K").
  if (end === core.end && UPPER.test(scan[end] ?? '')) return undefined;
  const start = before?.start ?? percentFirst ?? minusStart ?? core.start;
  const qualifier = qualifierBefore(scan, start, pack);
  const type = percent ? 'percent' : currency ? 'money' : 'number';
  if (type === 'number' && !scaled && !qualifier && minusStart === undefined && core.bareInteger && value >= 1900 && value <= 2100) {
    return { candidate: { type: 'date', start, end, date: { kind: 'point', parts: { year: value } }, rule: 'core/bare-year' }, core, scale };
  }
  const candidate: Candidate = {
    type,
    start,
    end,
    value,
    precision: core.precision * scale * core.trailingScale * percentUnit,
    ...(currency ? { currency } : {}),
    ...(qualifier ? { qualifier } : {}),
    rule: `${pack.lang}/${source}`,
  };
  return { candidate, core, scale: scale * core.trailingScale * percentUnit };
}

/**
 * The first number of a range takes the unit written once after the second: "2–3 %",
 * "5 bis 7 Millionen Euro", "10 to 20 percent" are two percents, two money amounts.
 */
function joinRanges(figures: Figure[], scan: string, pack: CompiledPack): void {
  figures.sort((a, b) => a.candidate.start - b.candidate.start);
  for (let i = 0; i + 1 < figures.length; i++) {
    const first = figures[i]!;
    const second = figures[i + 1]!;
    const a = first.candidate;
    const b = second.candidate;
    // "$5-10 million": a currency written before the first number is the range's too.
    // "%20-25", "yüzde 20 ile 25": so is a percent sign written before it.
    const currencyFirst = (a.type === 'money' || a.type === 'percent') && a.start < first.core.start && (b.type === 'number' || (b.type === a.type && b.currency === a.currency));
    if ((a.type !== 'number' && !currencyFirst) || a.end !== first.core.end || b.type === 'date' || (b.type === 'number' && second.scale === 1 && !currencyFirst)) continue;
    if (!pack.rangeJoiner.test(scan.slice(a.end, second.core.start))) continue;
    if (currencyFirst) {
      b.type = a.type;
      if (a.currency) b.currency = a.currency;
    } else {
      a.type = b.type;
      if (b.currency) a.currency = b.currency;
    }
    a.value = (a.value ?? 0) * second.scale;
    a.precision = (a.precision ?? 1) * second.scale;
  }
}

export function findAmounts(scan: string, pack: CompiledPack): Candidate[] {
  const figures: Figure[] = [];
  for (const core of digitCores(scan, pack)) {
    const figure = toFigure(core, scan, pack, 'amount');
    if (figure) figures.push(figure);
  }
  for (const core of wordCores(scan, pack)) {
    const figure = toFigure(core, scan, pack, 'amount-words');
    if (figure) figures.push(figure);
  }
  joinRanges(figures, scan, pack);
  return figures.map((f) => f.candidate);
}

/** "40th", "2e", "3º", "5-й": a number with the language's ordinal suffix, suffix included. */
export function findOrdinals(scan: string, pack: CompiledPack): Candidate[] {
  const out: Candidate[] = [];
  for (const m of scan.matchAll(pack.numeral)) {
    const end = m.index + m[0].length;
    if (!/^[0-9]+$/.test(m[0]) || /^0[0-9]/.test(m[0]) || identifierBefore(scan, m.index, pack) || joinedAfter(scan, end)) continue;
    const suffix = stickyAt(pack.ordinalAfter, scan, end);
    if (suffix) out.push({ type: 'ordinal', start: m.index, end: end + suffix[0].length, value: Number(m[0]), precision: 1, rule: `${pack.lang}/ordinal-suffix` });
  }
  return out;
}
