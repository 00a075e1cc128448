// One fact per expression: where finders overlap, the more trusted finder wins (pack date
// rules over chrono over number finders), then the longer span, then the richer type.
import type { Span } from '../types.js';
import { SpanSet } from '../text/SpanSet.js';
import type { Candidate } from './Candidate.js';

const TYPE_RANK = { date: 6, time: 5, weekday: 4.5, score: 4, money: 3, percent: 2, ordinal: 1.5, number: 1, identifier: 0 } as const;

function finderRank(c: Candidate): number {
  if (c.type !== 'date' || c.rule === 'core/bare-year') return 1;
  return c.rule.startsWith('chrono/') ? 2 : 3;
}

const byPreference = (a: Candidate, b: Candidate) =>
  finderRank(b) - finderRank(a) || b.end - b.start - (a.end - a.start) || TYPE_RANK[b.type] - TYPE_RANK[a.type] || a.start - b.start;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * "el triunfo 4-1 de febrero": a date whose day is a score's second number reads the score's
 * end as a day; the score, found by its own words, is the fact.
 */
const splitsScore = (c: Candidate, others: readonly Candidate[]) =>
  c.type === 'date' && others.some((s) => s.type === 'score' && s.start < c.start && c.start < s.end && s.end < c.end);

/** Groups of candidates whose spans chain into each other; each is settled on its own. */
function* clusters(sorted: readonly Candidate[]): Generator<Candidate[]> {
  let cluster: Candidate[] = [];
  let reach = -1;
  for (const c of sorted) {
    if (cluster.length && c.start >= reach) {
      yield cluster;
      cluster = [];
    }
    cluster.push(c);
    reach = Math.max(cluster.length === 1 ? c.end : reach, c.end);
  }
  if (cluster.length) yield cluster;
}

/**
 * `ignored`: spans of the packs' ignore rules, which hold no figure ("Seite 3 von 10", "um 9
 * Uhr"): a time inside one is still a time. `noFacts`: spans that hold no figure at all (a
 * URL, a phone number); an identifier is the code such a span may be.
 */
export function resolveOverlaps(candidates: readonly Candidate[], ignored: readonly Span[], noFacts: readonly Span[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Candidate[] = [];
  const ignore = new SpanSet([...ignored, ...noFacts]);
  const none = new SpanSet(noFacts);
  // An ordinal's suffix may reach past an ignored label ("artigo 5.º"): its number inside one is enough.
  const dropped = (c: Candidate) => c.type !== 'identifier' && (c.type === 'ordinal' ? ignore.overlaps(c) : (c.type === 'time' || c.type === 'score' ? none : ignore).contains(c));
  for (const cluster of clusters(sorted.filter((c) => !dropped(c)))) {
    if (cluster.length === 1) {
      kept.push(cluster[0]!);
      continue;
    }
    const chosen: Candidate[] = [];
    for (const c of cluster.filter((c) => !splitsScore(c, cluster)).sort(byPreference)) if (!chosen.some((k) => overlaps(k, c))) chosen.push(c);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
  }
  return kept;
}
