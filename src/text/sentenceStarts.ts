// Where the sentences of a text start: the units that reconcile aligns between versions.
// Universal punctuation, no language data: a line break ends a unit (unless the line runs on
// into a lower-case word, as hard-wrapped prose does), and so does sentence punctuation
// followed by a blank and anything but a lower-case letter or a digit ("Jan. 3", "p. 12").
// Full-width CJK stops need no blank. A dot after an initial or a short capitalised word
// or an initialism ("Dr. Terawan", "U.S. officials", "5 a.m. Eastern") ends nothing. Splitting too often or too seldom is
// forgiven: the aligner links one sentence to two.
import { countAtMost } from './countAtMost.js';

const BREAK = /[.!?…؟۔।॥]+["'”’»)\]]*(?=\s+[^\p{Ll}\p{N}\s])|[。！？]+["'”’»)\]」』]*(?=\S)|\n/gu;
/** The word before a dot that is an abbreviation, not the end of a sentence. */
const ABBREVIATION = /(?:^|[^\p{L}.])(?:\p{Lu}\p{L}{0,2}|(?:\p{L}\.)+\p{L})$/u;
/** A line that goes on: no closing punctuation at its end, and lower case at the next line's start. */
const RUNS_ON = /[^.!?…؟۔।॥。！？:;"'”’»)\]\s]$/u;
const LOWER_START = /^[ \t]*\p{Ll}/u;

/** Offsets where sentences start (the first character that is not blank), ascending. */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  let from = 0;
  // The first non-blank at or after a position, remembered: a run of blank lines is searched once.
  const nonBlank = /\S/g;
  let next = -2;
  const open = (at: number) => {
    if (next !== -1 && next < at) {
      nonBlank.lastIndex = at;
      next = nonBlank.exec(text)?.index ?? -1;
    }
    if (next >= 0 && (starts.length === 0 || next > starts.at(-1)!)) starts.push(next);
  };
  open(0);
  for (const m of text.matchAll(BREAK)) {
    const end = m.index + m[0].length;
    if (m[0] === '\n') {
      const line = text.slice(from, m.index);
      from = end;
      if (RUNS_ON.test(line) && LOWER_START.test(text.slice(end, end + 8))) continue;
    } else if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(from, m.index - 8), m.index))) continue;
    open(end);
  }
  return starts;
}

/** The 0-based sentence of an offset. */
export function sentenceOf(starts: readonly number[], offset: number): number {
  return Math.max(0, countAtMost(starts, offset) - 1);
}
