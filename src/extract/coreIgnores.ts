// Spans in any language that hold digits but no fact: web addresses, e-mail addresses,
// phone numbers.
import type { Span } from '../types.js';

const NOT_FACTS = [
  // URLs and bare domains with a path: https://x.com/2024/08, www.site.org/a1
  /\b(?:https?:\/\/|www\.)[^\s<>"'«»“”]+/giu,
  // e-mail addresses
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu,
  // international phone numbers: +49 30 1234567, +7 (727) 123-45-67
  /\+[0-9][0-9 ()./-]{6,}[0-9]/g,
  // dashed phone numbers: 555-123-4567, 8-800-555-35-35 (not dates: 24-08-2024, 2024-08-24)
  /(?<![0-9.,-])(?![0-9]{1,2}-[0-9]{1,2}-(?:[0-9]{4}|[0-9]{2})(?![0-9-])|[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9-]))[0-9]{1,4}(?:-[0-9]{2,4}){2,}(?![0-9])/g,
];

export function coreIgnores(scan: string): Span[] {
  const spans: Span[] = [];
  for (const re of NOT_FACTS) for (const m of scan.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
