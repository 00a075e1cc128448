// What a figure counts, from the concept words near it: "5 Millionen Euro Kaution" is bail,
// "12,5 Mio. Nutzer" users. Reconciliation uses it to tell apart figures of one type.
import type { CompiledPack } from '../packs/compilePack.js';
import type { Span } from '../types.js';

/** How far around a figure concept words count, within its line. */
const REACH = 60;

export function conceptsNear(scan: string, figure: Span, pack: CompiledPack): string[] {
  if (pack.concepts.size === 0) return [];
  // The window around the figure, cut at line ends (searched within the window only: a
  // document may be one very long line).
  let window = scan.slice(Math.max(0, figure.start - REACH), Math.min(scan.length, figure.end + REACH));
  const before = figure.start - Math.max(0, figure.start - REACH);
  const lineStart = window.lastIndexOf('\n', before - 1) + 1;
  const lineEnd = window.indexOf('\n', before + figure.end - figure.start);
  window = window.slice(lineStart, lineEnd < 0 ? window.length : lineEnd);
  const found = new Set<string>();
  for (const m of pack.conceptWord.matchAll(window)) {
    const id = pack.concepts.get(m[1]!.toLocaleLowerCase());
    if (id) found.add(id);
  }
  return [...found].sort();
}
