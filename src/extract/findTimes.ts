// Times of day written the way every language writes them: "10:15", "09:30", French and
// Portuguese "10h15". A time is a fact of its own, never two numbers.
import type { Candidate } from './Candidate.js';

const TIME = /(?<![0-9.,:/])([01]?[0-9]|2[0-3])(?::|h(?=[0-5][0-9]))([0-5][0-9])(?!(?::[0-9]{3})|[0-9]|[.,][0-9]|\s*%)/g;

export function findTimes(scan: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of scan.matchAll(TIME)) {
    const [, hour, minute] = m as unknown as [string, string, string];
    out.push({ type: 'time', start: m.index, end: m.index + m[0].length, textValue: `${hour.padStart(2, '0')}:${minute}`, rule: 'core/time' });
  }
  return out;
}
