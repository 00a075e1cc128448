// The value of a run of number words: "zwei Millionen", "dos mil millones",
// "vinte e cinco", "أربعة ملايين", "zweihundertfünfzig", "tiga ratus dua puluh".
import type { CompiledPack } from '../packs/compilePack.js';

export interface NumberWord {
  value: number;
  /** unit: adds ("zwei", "twenty"); multiplier: multiplies the word before it ("hundred");
   *  scale: multiplies everything before it (thousand and up). */
  kind: 'unit' | 'multiplier' | 'scale';
  /** Counts only before a scale word ("eine", "one", "satu"). */
  onlyBeforeScale: boolean;
  /** Only begins a number (Vietnamese "năm"): after another number word it starts a new one. */
  startOnly?: boolean;
  /** A scale that stands alone, its "one" built in: Indonesian "sejuta", Portuguese "mil". */
  standalone?: boolean;
  /** Offsets of the word in the run (pieces of one compound word share them). */
  start: number;
  end: number;
  /** A connector ("and", "e", glued Arabic و) stands before the word. */
  joined?: boolean;
}

type Lexeme = Omit<NumberWord, 'start' | 'end'>;

/** Splits a compound word into known morphemes, fewest pieces first ("zwei|hundert|fünf|und|zwanzig"). */
function segment(word: string, morphemes: readonly string[]): string[] | undefined {
  const best: Array<string[] | undefined> = new Array(word.length + 1).fill(undefined);
  best[0] = [];
  for (let i = 0; i < word.length; i++) {
    const here = best[i];
    if (!here) continue;
    for (const m of morphemes) {
      if (word.startsWith(m, i)) {
        const next = best[i + m.length];
        if (!next || next.length > here.length + 1) best[i + m.length] = [...here, m];
      }
    }
  }
  return best[word.length];
}

function lookup(token: string, pack: CompiledPack): Lexeme | 'connector' | undefined {
  const scale = pack.scales.get(token);
  if (scale && !scale.afterDigits) return { value: scale.value, kind: 'scale', onlyBeforeScale: false, standalone: scale.alone ?? false };
  const multiplier = pack.multipliers.get(token);
  if (multiplier !== undefined) return { value: multiplier, kind: 'multiplier', onlyBeforeScale: false };
  // Number words of a thousand or more ("sejuta", "mille") are in the scales, standing alone.
  const value = pack.numberWords.get(token);
  if (value !== undefined) return { value, kind: 'unit', onlyBeforeScale: pack.onlyBeforeScale.has(token), ...(pack.startOnly.has(token) ? { startOnly: true } : {}) };
  if (pack.connectors.has(token)) return 'connector';
  return undefined;
}

/** A compound-only form, with the kind of the pack's other words of its value. */
function compoundPiece(piece: string, pack: CompiledPack): Lexeme | undefined {
  const value = pack.compoundForms.get(piece);
  if (value === undefined) return undefined;
  const multiplier = [...pack.multipliers.values()].includes(value);
  return { value, kind: multiplier ? 'multiplier' : 'unit', onlyBeforeScale: false };
}

/**
 * Words of a run: split at blanks, and at hyphens only where the hyphenated whole is not a
 * number word itself ("quatre-vingt-douze" is "quatre-vingt" + "douze", "twenty-five" two words).
 */
function* wordsOf(run: string, pack: CompiledPack): Generator<{ raw: string; start: number }> {
  for (const m of run.toLocaleLowerCase().matchAll(/\S+/gu)) {
    const pieces = m[0].split('-');
    let offset = m.index;
    for (let i = 0; i < pieces.length; ) {
      let n = pieces.length - i;
      while (n > 1 && lookup(pieces.slice(i, i + n).join('-'), pack) === undefined) n--;
      const raw = pieces.slice(i, i + n).join('-');
      if (raw) yield { raw, start: offset };
      offset += raw.length + 1;
      i += n;
    }
  }
}

/** A unit word of one to nine ("drei", "三", "사"). */
const isDigitWord = (part: Lexeme | 'connector' | undefined): boolean =>
  typeof part === 'object' && part.kind === 'unit' && Number.isInteger(part.value) && part.value >= 1 && part.value <= 9;

/** The number words of a matched run, or undefined when a piece is not a number word. */
export function numberWordsOf(run: string, pack: CompiledPack): NumberWord[] | undefined {
  const words: NumberWord[] = [];
  let joined = false;
  for (const { raw, start } of wordsOf(run, pack)) {
    const at = { start, end: start + raw.length };
    let found = lookup(raw, pack);
    // A prefix glued to the word (Arabic و "and").
    let glued = false;
    for (const prefix of pack.wordPrefixes) {
      if (found !== undefined) break;
      if (raw.startsWith(prefix)) {
        found = lookup(raw.slice(prefix.length), pack);
        glued = found !== undefined && pack.connectors.has(prefix);
        // The prefix is not part of the number: "وعشرة" is "and" + ten.
        if (found !== undefined) at.start += prefix.length;
      }
    }
    if (found === 'connector') {
      joined = true;
      continue;
    }
    if (found) {
      words.push({ ...found, ...at, ...(joined || glued ? { joined: true } : {}) });
      joined = false;
      continue;
    }
    const pieces = pack.pack.numbers.compound ? segment(raw, pack.morphemes) : undefined;
    // A form that stands only inside a compound ("cent" of "centottanta") is no word alone.
    // Nor is a word that begins or ends with a connector: Dutch "vieren" (to celebrate) is not
    // "vier" + "en", "honderden" (hundreds of) not "honderd" + "en".
    if (!pieces || pieces.every((piece) => pack.compoundForms.has(piece))) return undefined;
    if (pack.connectors.has(pieces[0]!) || pack.connectors.has(pieces.at(-1)!)) return undefined;
    const parts = pieces.map((piece) => lookup(piece, pack) ?? compoundPiece(piece, pack));
    // Two digits glued together are no number: Chinese "三四" is "three or four", Korean "사이"
    // (between) is no 4 + 2.
    if (parts.some((part, i) => i > 0 && isDigitWord(part) && isDigitWord(parts[i - 1]))) return undefined;
    for (const part of parts) if (part && part !== 'connector') words.push({ ...part, ...at });
  }
  return words;
}

/**
 * Where one number ends and the next begins in a run of words: "dois e três" is two numbers,
 * "vinte e cinco" one. A unit continues a number when it is smaller than the unit before it,
 * when it is the ten of a teen said as unit and ten ("lima belas", never with "and" between),
 * or, in languages that say units before tens ("fünfundzwanzig", "خمسة وعشرون"), when it is
 * the tens after a unit. Pieces of one compound word always stay together.
 */
export function splitNumberRun(words: readonly NumberWord[], unitsBeforeTens: boolean): NumberWord[][] {
  const groups: NumberWord[][] = [];
  let group: NumberWord[] = [];
  words.forEach((w, i) => {
    const prev = group.at(-1);
    // "a million a year": an article after a scale starts anew unless a scale follows it ("two million one hundred").
    const next = words[i + 1];
    if (prev && prev.kind === 'scale' && w.onlyBeforeScale && !(next && next.kind !== 'unit')) {
      groups.push(group);
      group = [w];
      return;
    }
    const sameWord = prev && prev.start === w.start;
    // A word that only begins a number ("năm") starts a new one after a number word, unless a connector joins it.
    const startsAnew = !!prev && !sameWord && w.startOnly === true && !w.joined;
    const continues =
      !prev ||
      sameWord ||
      (!startsAnew &&
        (w.kind !== 'unit' ||
          prev.kind !== 'unit' ||
          w.value < prev.value ||
          // Teens said as unit and ten, with nothing between: Arabic "خمسة عشر", Indonesian "lima belas".
          (prev.value < 10 && w.value === 10 && !w.joined) ||
          (unitsBeforeTens && prev.value < 10 && w.value >= 20 && w.value < 100 && w.value % 10 === 0)));
    if (!continues) {
      groups.push(group);
      group = [];
    }
    group.push(w);
  });
  if (group.length) groups.push(group);
  return groups;
}

/**
 * Combines number words into one value: units add; a multiplier multiplies the unit just
 * before it ("dua puluh" = 20, "tiga ratus dua puluh" = 320); a scale multiplies everything
 * before it when larger than all of it ("mil millones" = 10^9), else only the part since
 * the last scale ("two million five hundred thousand").
 */
export function combineNumberWords(words: readonly NumberWord[]): number {
  let total = 0;
  let current = 0;
  let unit = 0;
  let lastScale = 0;
  /** The multiplier last applied since the last scale: a smaller one after it starts a new place ("百十六" = 116). */
  let lastMultiplier = 0;
  for (const [i, w] of words.entries()) {
    // "een half miljoen", "one half": a fraction right after a lone "one" is that fraction of what follows.
    const before = words[i - 1];
    if (w.kind === 'unit' && w.value < 1 && before?.kind === 'unit' && before.value === 1 && current === 1 && total === 0) {
      current = w.value;
      unit = w.value;
      continue;
    }
    // "um milhão e meio", "two million and a half": a fraction after a scale is a fraction of it.
    if (w.kind === 'unit' && w.value < 1 && current === 0 && lastScale > 0) {
      total += w.value * lastScale;
      continue;
    }
    if (w.kind === 'scale') {
      lastScale = w.value;
      const before = total + current;
      if (w.value > before) total = (before || 1) * w.value;
      else total += (current || 1) * w.value;
      current = 0;
      unit = 0;
      lastMultiplier = 0;
    } else if (w.kind === 'multiplier') {
      // Without a unit before it, a multiplier smaller than the one before is "one" of its place ("千百" = 1100, "二千十八" = 2018).
      if (unit > 0) current = current - unit + unit * w.value;
      else if (current > 0 && w.value < lastMultiplier) current += w.value;
      else current = (current || 1) * w.value;
      lastMultiplier = w.value;
      unit = 0;
    } else {
      current += w.value;
      unit = w.value;
    }
  }
  return total + current;
}
