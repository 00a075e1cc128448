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
}

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

function lookup(token: string, pack: CompiledPack): NumberWord | 'connector' | undefined {
  const scale = pack.scales.get(token);
  if (scale) return { value: scale.value, kind: 'scale', onlyBeforeScale: false };
  const multiplier = pack.multipliers.get(token);
  if (multiplier !== undefined) return { value: multiplier, kind: 'multiplier', onlyBeforeScale: false };
  const value = pack.numberWords.get(token);
  if (value !== undefined) return { value, kind: 'unit', onlyBeforeScale: pack.onlyBeforeScale.has(token) };
  if (pack.connectors.has(token)) return 'connector';
  return undefined;
}

/** The number words of a matched run, or undefined when a piece is not a number word. */
export function numberWordsOf(run: string, pack: CompiledPack): NumberWord[] | undefined {
  const words: NumberWord[] = [];
  for (const raw of run.toLocaleLowerCase().split(/[\s-]+/u)) {
    if (!raw) continue;
    let found = lookup(raw, pack);
    // A prefix glued to the word (Arabic و "and").
    for (const prefix of pack.wordPrefixes) {
      if (found !== undefined) break;
      if (raw.startsWith(prefix)) found = lookup(raw.slice(prefix.length), pack);
    }
    if (found === 'connector') continue;
    if (found) {
      words.push(found);
      continue;
    }
    const pieces = pack.pack.numbers.compound ? segment(raw, pack.morphemes) : undefined;
    if (!pieces) return undefined;
    for (const piece of pieces) {
      const part = lookup(piece, pack);
      if (part && part !== 'connector') words.push(part);
    }
  }
  return words;
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
  for (const w of words) {
    if (w.kind === 'scale') {
      const before = total + current;
      if (w.value > before) total = (before || 1) * w.value;
      else total += (current || 1) * w.value;
      current = 0;
      unit = 0;
    } else if (w.kind === 'multiplier') {
      current = unit > 0 ? current - unit + unit * w.value : (current || 1) * w.value;
      unit = 0;
    } else {
      current += w.value;
      unit = w.value;
    }
  }
  return total + current;
}
