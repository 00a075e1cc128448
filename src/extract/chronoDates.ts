// chrono-node as a second date parser, where it has the language. Strict mode only, and only
// calendar dates that state a month: on news text its casual mode reads "von 5" as 05:00
// and "ter" as a weekday.
import type { CompiledPack } from '../packs/compilePack.js';
import type { Span } from '../types.js';
import type { Candidate, DateParts } from './Candidate.js';
import { validParts } from './findDates.js';

type ChronoModule = typeof import('chrono-node');
type Components = { isCertain(c: string): boolean; get(c: string): number | null };
type Result = { index: number; text: string; start: Components; end?: Components; tags?(): Set<string> };
type Parser = { parse(text: string, ref?: Date): Result[] };

let chronoModule: ChronoModule | undefined;

/** Loads chrono once (it costs ~100 ms of start-up, so only when dates are asked for). */
export async function loadChrono(): Promise<void> {
  chronoModule ??= await import('chrono-node');
}

function parserFor(lang: string): Parser | undefined {
  const locale = (chronoModule as unknown as Record<string, { strict?: Parser } | undefined> | undefined)?.[lang];
  return locale?.strict;
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
      out.push(to ? { ...span, date: { kind: 'range', from, to } } : { ...span, date: { kind: 'point', parts: from } });
    }
  }
  return out;
}
