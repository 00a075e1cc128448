// chrono-node as a second date parser, where it has the language. Strict mode only, and only
// calendar dates that state a month: on news text its casual mode reads "von 5" as 05:00
// and "ter" as a weekday.
import { createRequire } from 'node:module';
import type { CompiledPack } from '../packs/compilePack.js';
import type { Span } from '../types.js';
import type { Candidate, DateParts } from './Candidate.js';
import { endsBeforeStart, validParts } from './findDates.js';

type Components = { isCertain(c: string): boolean; get(c: string): number | null };
type Result = { index: number; text: string; start: Components; end?: Components; tags?(): Set<string> };
type Parser = { parse(text: string, ref?: Date): Result[] };

const require = createRequire(import.meta.url);
const parsers = new Map<string, Parser | undefined>();

/** Whether chrono has a module for the language ("chrono-node/de"). */
function chronoKnows(lang: string): boolean {
  try {
    require.resolve(`chrono-node/${lang}`);
    return true;
  } catch {
    return false;
  }
}

/**
 * chrono's strict parser for a language, loaded on its first document: only that language's
 * module, since all of chrono costs ~250 ms of start-up and one language ~60 ms.
 */
function parserFor(lang: string): Parser | undefined {
  if (!parsers.has(lang)) parsers.set(lang, chronoKnows(lang) ? (require(`chrono-node/${lang}`) as { strict: Parser }).strict : undefined);
  return parsers.get(lang);
}

function certainParts(c: Components): DateParts | undefined {
  if (c.isCertain('hour') || c.isCertain('minute')) return undefined;
  const parts: DateParts = {};
  if (c.isCertain('day')) parts.day = c.get('day')!;
  if (c.isCertain('month')) parts.month = c.get('month')!;
  if (c.isCertain('year')) parts.year = c.get('year')!;
  return parts.month !== undefined && validParts(parts) ? parts : undefined;
}

/** chrono only reads the stretches near digits that name a month: a date it may keep states a day or a year. */
export function findChronoDates(scan: string, pack: CompiledPack, digitWindows: readonly Span[]): Candidate[] {
  const parser = parserFor(pack.lang);
  if (!parser) return [];
  const out: Candidate[] = [];
  const rule = `chrono/${pack.lang}`;
  // A fixed reference: years chrono would guess are dropped below, so it never matters.
  const ref = new Date(Date.UTC(2000, 0, 1));
  for (const w of digitWindows) {
    const text = scan.slice(w.start, w.end);
    if (!pack.monthWord.test(text)) continue;
    for (const r of parser.parse(text, ref)) {
      // "für 2 Monate", "en 3 semanas": durations chrono turns into dates from the reference.
      if (r.tags && [...r.tags()].some((t) => /relative/i.test(t))) continue;
      const from = certainParts(r.start);
      if (!from) continue;
      const start = w.start + r.index;
      const span = { start, end: start + r.text.length, type: 'date' as const, rule };
      const to = r.end ? certainParts(r.end) : undefined;
      if (to && endsBeforeStart(from, to)) continue;
      out.push(to ? { ...span, date: { kind: 'range', from, to } } : { ...span, date: { kind: 'point', parts: from } });
    }
  }
  return out;
}
