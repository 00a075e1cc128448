// Spans in any language that hold digits but no figure: web addresses and e-mail addresses,
// searched only where the text has "://", "www." or "@". Phone numbers, which hold no figure
// either, are found as identifiers (findIdentifiers.ts) and passed on with these.
import type { Span } from '../types.js';
import { matchesIn, windowsAround } from './windows.js';

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'«»“”]+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

export function coreIgnores(scan: string): Span[] {
  const spans: Span[] = [];
  const add = (re: RegExp, windows: readonly Span[]) => {
    for (const m of matchesIn(re, scan, windows)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  };
  if (scan.includes('://') || scan.includes('www.')) add(URL, windowsAround(scan, /:\/\/|www\./g, 200));
  if (scan.includes('@')) add(EMAIL, windowsAround(scan, /@/g, 100));
  return spans;
}
