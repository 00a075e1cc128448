// Stretches of a text worth searching: around its digits. Rules that need a digit run only
// there, so a document is scanned by one cheap digit pass instead of one pass per rule.
import type { Span } from '../types.js';

/** How far around a digit an expression may reach ("im dritten Quartal des Jahres 2024"). */
const REACH = 80;
/** How far a window's edge moves to reach a blank, so no word is cut. */
const SNAP = 40;

function snapBack(scan: string, at: number): number {
  const floor = Math.max(0, at - SNAP);
  for (let i = at; i > floor; i--) if (/\s/.test(scan[i - 1]!)) return i;
  return floor;
}

function snapForward(scan: string, at: number): number {
  const ceiling = Math.min(scan.length, at + SNAP);
  for (let i = at; i < ceiling; i++) if (/\s/.test(scan[i]!)) return i;
  return ceiling;
}

/** Merged windows around every run of digits. */
export function digitWindows(scan: string): Span[] {
  return windowsAround(scan, /[0-9]+/g, REACH);
}

/** Merged windows around every match of a global regex, widened by `reach` to blanks. */
export function windowsAround(scan: string, anchor: RegExp, reach: number): Span[] {
  const windows: Span[] = [];
  for (const m of scan.matchAll(anchor)) {
    const start = snapBack(scan, Math.max(0, m.index - reach));
    const end = snapForward(scan, Math.min(scan.length, m.index + m[0].length + reach));
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** A global regex, or what searches like one. */
export interface Searcher {
  [Symbol.matchAll](text: string): IterableIterator<RegExpMatchArray>;
}

/** Matches of a global regex inside the windows, with indices into the whole text. */
export function* matchesIn(re: Searcher, scan: string, windows: readonly Span[]): Generator<RegExpMatchArray> {
  for (const w of windows) {
    const piece = scan.slice(w.start, w.end);
    for (const m of re[Symbol.matchAll](piece)) {
      m.index = m.index! + w.start;
      const groups = m.indices?.groups as Record<string, [number, number] | undefined> | undefined;
      if (groups) {
        for (const k of Object.keys(groups)) {
          const pair = groups[k];
          if (pair) groups[k] = [pair[0] + w.start, pair[1] + w.start];
        }
      }
      yield m;
    }
  }
}
