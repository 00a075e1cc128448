// Reconciliation of one story: agreement clusters, figures aligned across versions into
// conflicts when the evidence says they are one fact, name variants, and the groups that
// report all of it.
import type { Fact } from '../types.js';
import { alignDocuments, type Pairing } from './alignDocuments.js';
import { agreementClusters, type Cluster, type Item } from './clusters.js';
import { explainDates, explainNumbers, type Explanation } from './explain.js';
import { nameConflict } from './nameConflicts.js';
import type { Group, Mention, ReconcileOptions, StoryDocument, Variant } from './types.js';

/** Causes specific enough that one aligned pair of versions is evidence of one fact. */
const STRONG = new Set(['scale-false-friend', 'scale-mismatch', 'decimal-separator', 'currency-mismatch', 'day-month-swap', 'year-off-by-one']);
/** Causes that translations also produce on their own (rounding, converted units): they need an outlier. */
const WEAK = new Set(['digit-typo', 'digit-transposition', 'rounding']);

function explainPairing(p: Pairing, docs: readonly StoryDocument[]): Explanation {
  const side = (item: Item) => ({
    value: item.fact.value as number,
    text: item.fact.text,
    lang: docs[item.doc]!.lang,
    ...(item.fact.currency ? { currency: item.fact.currency } : {}),
  });
  if (p.a.type === 'date') return explainDates(String(p.itemA.fact.value), String(p.itemB.fact.value));
  return explainNumbers(side(p.itemA), side(p.itemB));
}

function conceptsOf(cluster: Cluster): Set<string> {
  return new Set(cluster.items.flatMap((i) => i.fact.concepts ?? []));
}

/**
 * Whether two aligned figures are one fact stated differently. A false alarm costs more
 * than a miss, so the bar rises as the cause gets vaguer: a specific cause (another scale
 * word, swapped day and month) needs the pair aligned twice or on the same line; a change a
 * translator might make (a rounded or converted figure) needs one version against at least
 * three others; a difference without a cause needs that, line by line, in three pairs.
 * Figures measured in different units (miles against kilometres) or whose concept words
 * disagree (bail against revenue) are never paired.
 */
function isSameFact(p: Pairing, why: Explanation): boolean {
  if (p.a.type !== p.b.type) return false;
  // "200 miles" and "321 kilometres": one distance in two units, not two values of one.
  const [ua, ub] = [p.itemA.fact.unit, p.itemB.fact.unit];
  if (ua && ub && ua !== ub) return false;
  const ca = conceptsOf(p.a);
  const cb = conceptsOf(p.b);
  const shared = [...ca].some((c) => cb.has(c));
  if (p.lineVotes === 0 && ca.size && cb.size && !shared) return false;
  const [minor, major] = p.a.docs.size <= p.b.docs.size ? [p.a, p.b] : [p.b, p.a];
  const outlier = minor.docs.size === 1 && major.docs.size >= 2;
  const aligned = p.lineVotes > 0 || p.votes >= 2;
  if (STRONG.has(why.code) && why.explained) return aligned || shared;
  if (WEAK.has(why.code)) return outlier && major.docs.size >= 3 && (aligned || shared);
  if (p.a.type === 'date') return false;
  const x = Math.abs(p.itemA.fact.value as number);
  const y = Math.abs(p.itemB.fact.value as number);
  const ratio = Math.max(x, y) / Math.max(Math.min(x, y), Number.MIN_VALUE);
  return outlier && major.docs.size >= 3 && p.lineVotes >= 3 && ratio <= 2;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

function mentionOf(item: Item, docs: readonly StoryDocument[]): Mention {
  const { fact } = item;
  const doc = docs[item.doc]!;
  return {
    path: doc.path,
    lang: doc.lang,
    text: fact.text,
    start: fact.start,
    end: fact.end,
    line: fact.line,
    column: fact.column,
    value: fact.value,
    ...(fact.currency ? { currency: fact.currency } : {}),
  };
}

/** The value most versions give: the most common among the cluster's documents. */
function valueOf(cluster: Cluster): Fact {
  const counts = new Map<string, { fact: Fact; docs: Set<number> }>();
  for (const item of cluster.items) {
    const k = `${item.fact.value}|${item.fact.currency ?? ''}`;
    const entry = counts.get(k) ?? { fact: item.fact, docs: new Set<number>() };
    entry.docs.add(item.doc);
    counts.set(k, entry);
  }
  return [...counts.values()].sort((a, b) => b.docs.size - a.docs.size || (b.fact.precision ?? 1) - (a.fact.precision ?? 1))[0]!.fact;
}

function variantOf(cluster: Cluster, docs: readonly StoryDocument[], value?: number | string): Variant {
  const fact = valueOf(cluster);
  const ordered = [...cluster.docs].sort((a, b) => a - b);
  return {
    value: value ?? fact.value,
    ...(fact.currency ? { currency: fact.currency } : {}),
    paths: ordered.map((d) => docs[d]!.path),
    langs: ordered.map((d) => docs[d]!.lang),
  };
}

function byFirstMention(a: Group, b: Group, order: ReadonlyMap<string, number>): number {
  const ma = a.mentions[0]!;
  const mb = b.mentions[0]!;
  return (order.get(ma.path) ?? 0) - (order.get(mb.path) ?? 0) || ma.start - mb.start || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
}

function sortedMentions(items: readonly Item[], docs: readonly StoryDocument[]): Mention[] {
  return [...items].sort((x, y) => x.doc - y.doc || x.fact.start - y.fact.start).map((i) => mentionOf(i, docs));
}

export function reconcileStory(docs: readonly StoryDocument[], options: ReconcileOptions): Group[] {
  const clusters = agreementClusters(docs, options.tolerance);
  const parent = clusters.map((c) => c.id);
  const causes = new Map<number, Explanation>();
  for (const pairing of alignDocuments(clusters, docs.length)) {
    const why = explainPairing(pairing, docs);
    if (!isSameFact(pairing, why)) continue;
    const root = find(parent, pairing.a.id);
    const other = find(parent, pairing.b.id);
    if (root === other) continue;
    // Components join only when no version would state the fact twice, or one side is a
    // single version (which may also state the other value elsewhere): no chains of facts.
    const docsOf = (r: number) => new Set(clusters.filter((c) => find(parent, c.id) === r).flatMap((c) => [...c.docs]));
    const [da, db] = [docsOf(root), docsOf(other)];
    if ([...da].some((d) => db.has(d)) && Math.min(da.size, db.size) > 1) continue;
    parent[other] = root;
    const known = causes.get(root) ?? causes.get(other);
    causes.set(root, known && known.explained ? known : why);
  }
  const components = new Map<number, Cluster[]>();
  for (const c of clusters) {
    const root = find(parent, c.id);
    components.set(root, [...(components.get(root) ?? []), c]);
  }
  const order = new Map(docs.map((d, i) => [d.path, i]));
  const groups: Group[] = [];
  for (const [root, members] of components) {
    const items = members.flatMap((m) => m.items);
    const mentions = sortedMentions(items, docs);
    const type = members[0]!.type;
    if (members.length > 1) {
      const variants = members.map((m) => variantOf(m, docs)).sort((a, b) => b.paths.length - a.paths.length);
      const majority = variants[0]!;
      groups.push({
        type,
        status: 'conflict',
        value: majority.value,
        ...(majority.currency ? { currency: majority.currency } : {}),
        code: causes.get(root)!.code,
        args: { versions: new Set(items.map((i) => i.doc)).size, agreeing: majority.paths.length },
        variants,
        mentions,
      });
      continue;
    }
    const cluster = members[0]!;
    const names = type === 'person' ? nameConflict(cluster, docs) : undefined;
    if (names) {
      groups.push({ type, status: 'conflict', value: names.variants[0]!.value, key: names.key, code: 'given-name-differs', args: names.args, variants: names.variants, mentions });
      continue;
    }
    const fact = valueOf(cluster);
    groups.push({
      type,
      status: cluster.docs.size > 1 ? 'agree' : 'single',
      value: fact.value,
      ...(fact.currency ? { currency: fact.currency } : {}),
      ...(fact.key !== undefined ? { key: fact.type === 'person' ? fact.keyParts?.at(-1) ?? fact.key : fact.key } : {}),
      mentions,
    });
  }
  return groups.sort((a, b) => byFirstMention(a, b, order));
}
