// What a figure counts, from the concept words near it: "5 Millionen Euro Kaution" is bail,
// "12,5 Mio. Nutzer" users. Reconciliation uses it to tell apart figures of one type.
import type { CompiledPack } from '../packs/compilePack.js';
import type { Span } from '../types.js';

/** How far around a figure concept words count, within its line. */
const REACH = 60;

export function conceptsNear(scan: string, figure: Span, pack: CompiledPack): string[] {
  if (pack.concepts.size === 0) return [];
  const lineStart = scan.lastIndexOf('\n', figure.start - 1) + 1;
  const lineEnd = scan.indexOf('\n', figure.end);
  const from = Math.max(lineStart, figure.start - REACH);
  const to = Math.min(lineEnd < 0 ? scan.length : lineEnd, figure.end + REACH);
  const found = new Set<string>();
  const window = scan.slice(from, to);
  pack.conceptWord.lastIndex = 0;
  for (const m of window.matchAll(pack.conceptWord)) {
    const id = pack.concepts.get(m[1]!.toLocaleLowerCase());
    if (id) found.add(id);
  }
  return [...found].sort();
}
