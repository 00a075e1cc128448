// A long text as pieces of bounded length, cut where a tagger loses least: at a line break,
// else after a sentence, else at a blank, else anywhere (never inside a surrogate pair).
// Work that is superlinear in its input (a tagger's offsets, a deep recursion) run on each
// piece becomes linear in the text.
import type { Span } from '../types.js';

const SENTENCE_END = /[.!?…。]\s/gu;

/** The last index in (from, to] where `re` ends a match, or -1. */
function lastEnd(text: string, from: number, to: number, re: RegExp): number {
  let found = -1;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index + m[0].length <= to; m = re.exec(text)) found = m.index + m[0].length;
  return found;
}

function cutBefore(text: string, from: number, limit: number): number {
  const to = from + limit;
  const floor = from + Math.floor(limit / 2);
  const line = text.lastIndexOf('\n', to - 1);
  if (line >= floor) return line + 1;
  const sentence = lastEnd(text, floor, to, SENTENCE_END);
  if (sentence > floor) return sentence;
  for (let i = to - 1; i > floor; i--) if (/\s/u.test(text[i]!)) return i + 1;
  const code = text.charCodeAt(to - 1);
  return code >= 0xd800 && code <= 0xdbff ? to - 1 : to;
}

/** Spans covering the text end to end, each at most `limit` code units long. */
export function textChunks(text: string, limit: number): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < text.length; ) {
    const end = text.length - start <= limit ? text.length : cutBefore(text, start, limit);
    spans.push({ start, end });
    start = end;
  }
  return spans;
}
