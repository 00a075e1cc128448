// Numbers, money and percentages: anchored on a written number (digits, or a run of number
// words), extended right over scale words, a currency or a percent sign, and left over a
// currency symbol and a hedge ("mehr als", "около").
import type { CompiledPack } from '../packs/compilePack.js';
import type { Qualifier } from '../types.js';
import type { Candidate } from './Candidate.js';
import { combineNumberWords, numberWordsOf } from './numberWords.js';
import { parseNumeral } from './parseNumeral.js';

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const SENTENCE_END = /[.!?…:;"«»“”„\n]\s*$/u;

interface Core {
  start: number;
  end: number;
  value: number;
  /** A plain integer of four digits, with nothing attached: may be a year. */
  bareInteger: boolean;
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A number glued to letters or codes before it ("A4", "MH17", "COVID-19") is an identifier. */
function identifierBefore(scan: string, start: number, pack: CompiledPack): boolean {
  const prev = scan[start - 1];
  if (prev === undefined) return false;
  if (LETTER.test(prev)) {
    // Arabic glues و/ب/ل to a number: "و20".
    const gluedPrefix = pack.wordPrefixes.includes(prev) && !LETTER.test(scan[start - 2] ?? ' ');
    return !gluedPrefix;
  }
  if (prev === '-' || prev === '_' || prev === '#' || prev === '№' || prev === '/' || prev === ':') {
    const before = scan[start - 2] ?? ' ';
    return prev === '#' || prev === '№' || prev === '_' || LETTER.test(before) || /[0-9]/.test(before);
  }
  return prev === '.' && /[0-9]/.test(scan[start - 2] ?? '');
}

/** Times (14:30), fractions and slashed codes (24/7), and numbers running into other digits. */
function joinedAfter(scan: string, end: number): boolean {
  const next = scan[end];
  return (next === ':' || next === '/') && /[0-9]/.test(scan[end + 1] ?? '');
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
    if (stickyAt(pack.ordinalAfter, scan, end)) continue;
    const numeral = parseNumeral(m[0], pack.decimal, pack.group);
    if (!numeral) continue;
    const negative = scan[start - 1] === '-' && !/[\p{L}\p{M}\p{N}]/u.test(scan[start - 2] ?? ' ');
    yield {
      start: negative ? start - 1 : start,
      end,
      value: negative ? -numeral.value : numeral.value,
      bareInteger: !negative && !numeral.grouped && !numeral.decimal && m[0].length === 4,
    };
  }
}

function* wordCores(scan: string, pack: CompiledPack): Generator<Core> {
  for (const m of scan.matchAll(pack.numberWordRun)) {
    const words = numberWordsOf(m[0], pack);
    if (!words || words.length === 0 || words.every((w) => w.kind === 'scale')) continue;
    const [first, second] = words;
    if (first!.onlyBeforeScale && !(second && second.kind !== 'unit')) continue;
    if (capitalisedMidSentence(scan, m.index, pack)) continue;
    const value = combineNumberWords(words);
    if (value < 2 && !words.some((w) => w.kind === 'scale')) continue;
    yield { start: m.index, end: m.index + m[0].length, value, bareInteger: false };
  }
}

function qualifierBefore(scan: string, start: number, pack: CompiledPack): Qualifier | undefined {
  const m = pack.qualifierBefore.exec(scan.slice(Math.max(0, start - 40), start));
  return m ? pack.qualifiers.get(m[1]!.toLocaleLowerCase()) : undefined;
}

function currencyBefore(scan: string, start: number, pack: CompiledPack): { code: string; start: number } | undefined {
  const window = scan.slice(Math.max(0, start - 8), start);
  const code = pack.codeBefore.exec(window);
  if (code) return { code: code[1]!, start: start - code[0].length };
  const m = pack.currencyBefore.exec(window);
  const found = m && pack.currencies.get(m[1]!.toLocaleLowerCase());
  return found ? { code: found, start: start - m[0].length } : undefined;
}

function currencyAfter(scan: string, at: number, pack: CompiledPack): { code: string; end: number } | undefined {
  const code = stickyAt(pack.codeAfter, scan, at);
  if (code) return { code: code[1]!, end: pack.codeAfter.lastIndex };
  const m = stickyAt(pack.currencyAfter, scan, at);
  const found = m && pack.currencies.get(m[1]!.toLocaleLowerCase());
  return found ? { code: found, end: pack.currencyAfter.lastIndex } : undefined;
}

/** Extends a number over what follows and precedes it into one figure. */
function toFigure(core: Core, scan: string, pack: CompiledPack, source: string): Candidate | undefined {
  let value = core.value;
  let end = core.end;
  let scaled = false;
  let currencyScale: { value: number; end: number } | undefined;
  for (let m = stickyAt(pack.scaleAfter, scan, end); m; m = stickyAt(pack.scaleAfter, scan, end)) {
    const scale = pack.scales.get(m[1]!.toLocaleLowerCase())!;
    const scaleEnd = pack.scaleAfter.lastIndex;
    if (scale.needsCurrency) {
      currencyScale = { value: scale.value, end: scaleEnd };
      break;
    }
    value *= scale.value;
    end = scaleEnd;
    scaled = true;
  }
  const before = currencyBefore(scan, core.start, pack);
  // "$5m", "5 M€": a scale that needs a currency takes one on either side.
  if (currencyScale && (before || currencyAfter(scan, currencyScale.end, pack))) {
    value *= currencyScale.value;
    end = currencyScale.end;
    scaled = true;
  }
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
  if (!currency) {
    const m = stickyAt(pack.percentAfter, scan, end);
    if (m) {
      percent = true;
      end = pack.percentAfter.lastIndex;
    }
  }
  // A number glued to capital letters is a code or a name ("3D", "5G", "4K").
  if (end === core.end && UPPER.test(scan[end] ?? '')) return undefined;
  const start = before?.start ?? core.start;
  const qualifier = qualifierBefore(scan, start, pack);
  const type = percent ? 'percent' : currency ? 'money' : 'number';
  if (type === 'number' && !scaled && !qualifier && core.bareInteger && value >= 1900 && value <= 2100) {
    return { type: 'date', start, end, date: { kind: 'point', parts: { year: value } }, rule: 'core/bare-year' };
  }
  return {
    type,
    start,
    end,
    value,
    ...(currency ? { currency } : {}),
    ...(qualifier ? { qualifier } : {}),
    rule: `${pack.lang}/${source}`,
  };
}

export function findAmounts(scan: string, pack: CompiledPack): Candidate[] {
  const out: Candidate[] = [];
  for (const core of digitCores(scan, pack)) {
    const figure = toFigure(core, scan, pack, 'amount');
    if (figure) out.push(figure);
  }
  for (const core of wordCores(scan, pack)) {
    const figure = toFigure(core, scan, pack, 'amount-words');
    if (figure) out.push(figure);
  }
  return out;
}
