// The alignment to use when none is known: the n-th non-blank line of each version side by side.
import type { Alignment, Span } from './Alignment.js';

function lines(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const line = m[0].replace(/[\r\n]+$/, '');
    if (line.trim()) out.push({ start: m.index, end: m.index + line.length });
  }
  return out;
}

export function lineAlignment(texts: ReadonlyArray<string | undefined>): Alignment {
  const perVersion = texts.map((t) => (t === undefined ? [] : lines(t)));
  const rows = Math.max(0, ...perVersion.map((l) => l.length));
  return Array.from({ length: rows }, (_, i) => perVersion.map((l) => l[i]));
}
