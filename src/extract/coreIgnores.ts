// Spans in any language that hold digits but no fact: web addresses, e-mail addresses,
// phone numbers. Each pattern runs only where it can match: URLs and e-mail addresses where
// the text has "://", "www." or "@", phone numbers near digits.
import type { Span } from '../types.js';
import { matchesIn, windowsAround } from './windows.js';

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'«»“”]+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
export const PHONES = [
  // international phone numbers: +49 30 1234567, +7 (727) 123-45-67
  /\+[0-9][0-9 ()./-]{6,}[0-9]/g,
  // dashed phone numbers: 555-123-4567, 8-800-555-35-35 (not dates: 24-08-2024, 2024-08-24)
  /(?<![0-9.,-])(?![0-9]{1,2}-[0-9]{1,2}-(?:[0-9]{4}|[0-9]{2})(?![0-9-])|[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9-]))[0-9]{1,4}(?:-[0-9]{2,4}){2,}(?![0-9])/g,
];

export function coreIgnores(scan: string, digitWindows: readonly Span[]): Span[] {
  const spans: Span[] = [];
  const add = (re: RegExp, windows: readonly Span[]) => {
    for (const m of matchesIn(re, scan, windows)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  };
  if (scan.includes('://') || scan.includes('www.')) add(URL, windowsAround(scan, /:\/\/|www\./g, 200));
  if (scan.includes('@')) add(EMAIL, windowsAround(scan, /@/g, 100));
  for (const re of PHONES) add(re, digitWindows);
  return spans;
}
