// A weekday named alone ("on Tuesday", "am Dienstag", "во вторник", "يوم الثلاثاء"): a fact
// of its own, valued by its ISO 8601 number (1 Monday … 7 Sunday), so that "Tuesday" in one
// version and "mercredi" in another differ. A weekday inside a date is part of that date
// (the longer date wins where they overlap).
import type { CompiledPack } from '../packs/compilePack.js';
import type { Candidate } from './Candidate.js';

const CAPITAL = /^\p{Lu}/u;

export function findWeekdays(scan: string, pack: CompiledPack): Candidate[] {
  const out: Candidate[] = [];
  const capitalised = pack.pack.dates.weekdaysCapitalised === true;
  for (const m of pack.weekdayWord.matchAll(scan)) {
    const word = m[1]!;
    if (capitalised && !CAPITAL.test(word)) continue;
    const day = pack.weekdays.get(word.toLocaleLowerCase());
    if (day === undefined) continue;
    out.push({ type: 'weekday', start: m.index, end: m.index + m[0].length, textValue: String(day), rule: `${pack.lang}/weekday` });
  }
  return out;
}
