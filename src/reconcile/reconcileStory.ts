// Reconciliation of one story: agreement clusters, figures aligned across versions into
// conflicts when the evidence says they are one fact, name variants, and the groups that
// report all of it.
import type { Fact } from '../types.js';
import { alignDocuments, type Pairing } from './alignDocuments.js';
import { agreementClusters, FIGURE_NUMERIC, type Cluster, type Item } from './clusters.js';
import { explainDates, explainIdentifiers, explainNumbers, type Explanation } from './explain.js';
import { nameConflict } from './nameConflicts.js';
import type { Group, Mention, ReconcileOptions, StoryDocument, Variant } from './types.js';

/** An unexplained difference counts only between close values; unit conversions differ more (miles and km 1.6, °F and °C). */
const MAX_UNEXPLAINED_RATIO = 1.5;

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
  if (p.a.type === 'identifier') return explainIdentifiers(String(p.itemA.fact.value), String(p.itemB.fact.value));
  if (p.a.type === 'date' || p.a.type === 'time' || p.a.type === 'score') return explainDates(String(p.itemA.fact.value), String(p.itemB.fact.value));
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
  // Who says what in the aligned stretch, not in the whole story: a value may recur elsewhere.
  const [minor, major] = p.docsA.size <= p.docsB.size ? [p.docsA, p.docsB] : [p.docsB, p.docsA];
  const outlier = minor.size === 1 && major.size >= 2;
  const aligned = p.lineVotes > 0 || p.votes >= 2;
  if (STRONG.has(why.code) && why.explained) return aligned || shared;
  const numeric = FIGURE_NUMERIC.has(p.a.type);
  const x = numeric ? Math.abs(p.itemA.fact.value as number) : NaN;
  const y = numeric ? Math.abs(p.itemB.fact.value as number) : NaN;
  // Single digits stand everywhere ("2 children", "3 times"): only line-by-line alignment pairs them.
  const singleDigits = Math.max(x, y) < 10;
  if (WEAK.has(why.code)) return outlier && major.size >= 3 && (singleDigits ? p.lineVotes >= 3 : aligned || shared);
  if (!numeric) return false;
  const ratio = Math.max(x, y) / Math.max(Math.min(x, y), Number.MIN_VALUE);
  return outlier && major.size >= 3 && p.lineVotes >= 3 && ratio <= MAX_UNEXPLAINED_RATIO;
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

/**
 * Conflicts as sets of the mentions that were aligned: a pairing joins the mentions of the
 * stretch where two versions differ, not every mention of the two values (a value may also
 * stand elsewhere, rightly). Pairings that share a mention make one conflict.
 */
function conflictSlots(pairings: readonly Pairing[], docs: readonly StoryDocument[]): Array<{ items: Set<Item>; why: Explanation }> {
  const slots: Array<{ items: Set<Item>; why: Explanation }> = [];
  const slotOf = new Map<Item, number>();
  for (const pairing of pairings) {
    const why = explainPairing(pairing, docs);
    if (!isSameFact(pairing, why)) continue;
    const items = [...pairing.itemsA, ...pairing.itemsB];
    const touched = [...new Set(items.map((i) => slotOf.get(i)).filter((s): s is number => s !== undefined))];
    // One version states one value of a fact: a slot would hold two mentions of one document
    // with different values only by chaining different facts, which is refused.
    const merged = new Set<Item>([...items, ...touched.flatMap((s) => [...slots[s]!.items])]);
    const perDoc = new Map<number, Set<unknown>>();
    for (const i of merged) perDoc.set(i.doc, (perDoc.get(i.doc) ?? new Set()).add(i.fact.value));
    if ([...perDoc.values()].some((values) => values.size > 1)) continue;
    const target = touched[0] ?? slots.length;
    if (target === slots.length) slots.push({ items: new Set(), why });
    const slot = slots[target]!;
    for (const t of touched.slice(1)) {
      for (const i of slots[t]!.items) slot.items.add(i);
      slots[t]!.items.clear();
    }
    for (const i of merged) {
      slot.items.add(i);
      slotOf.set(i, target);
    }
    if (!slot.why.explained && why.explained) slot.why = why;
  }
  return slots.filter((s) => s.items.size > 0);
}

/** The clusters of each family name as one, numbered by family: where people who share it may be told apart wrongly. */
function familiesOf(clusters: readonly Cluster[]): Cluster[] {
  const families = new Map<number, Cluster[]>();
  for (const c of clusters) {
    if (c.family === undefined) continue;
    const members = families.get(c.family);
    if (members) members.push(c);
    else families.set(c.family, [c]);
  }
  return [...families].map(([id, members]) => {
    const items = members.flatMap((m) => m.items).sort((a, b) => a.doc - b.doc || a.fact.start - b.fact.start);
    return { id, type: members.some((m) => m.type === 'person') ? 'person' : members[0]!.type, items, docs: new Set(items.map((i) => i.doc)) };
  });
}

export function reconcileStory(docs: readonly StoryDocument[], options: ReconcileOptions): Group[] {
  const clusters = agreementClusters(docs, options.tolerance);
  const slots = conflictSlots(alignDocuments(clusters, docs.length), docs);
  const inConflict = new Set(slots.flatMap((s) => [...s.items]));
  const clusterOf = new Map(clusters.flatMap((c) => c.items.map((i) => [i, c] as const)));
  const order = new Map(docs.map((d, i) => [d.path, i]));
  const groups: Group[] = [];
  for (const slot of slots) {
    // The variants: the slot's mentions by the cluster (value) they belong to.
    const byCluster = new Map<Cluster, Item[]>();
    for (const i of slot.items) {
      const cluster = clusterOf.get(i)!;
      const items = byCluster.get(cluster);
      if (items) items.push(i);
      else byCluster.set(cluster, [i]);
    }
    const variants = [...byCluster].map(([c, items]) => variantOf({ ...c, items, docs: new Set(items.map((i) => i.doc)) }, docs)).sort((a, b) => b.paths.length - a.paths.length);
    const majority = variants[0]!;
    const items = [...slot.items];
    groups.push({
      type: items[0]!.fact.type,
      status: 'conflict',
      value: majority.value,
      ...(majority.currency ? { currency: majority.currency } : {}),
      code: slot.why.code,
      args: { versions: new Set(items.map((i) => i.doc)).size, agreeing: majority.paths.length },
      variants,
      mentions: sortedMentions(items, docs),
    });
  }
  const conflictingFamilies = new Set<number>();
  for (const family of familiesOf(clusters)) {
    const names = family.type === 'person' ? nameConflict(family, docs) : undefined;
    if (!names) continue;
    conflictingFamilies.add(family.id);
    const mentions = sortedMentions(family.items, docs);
    groups.push({ type: 'person', status: 'conflict', value: names.variants[0]!.value, key: names.key, code: 'given-name-differs', args: names.args, variants: names.variants, mentions });
  }
  for (const full of clusters) {
    if (full.family !== undefined && conflictingFamilies.has(full.family)) continue;
    // What a conflict took is not also an agreement.
    const items = full.items.filter((i) => !inConflict.has(i));
    if (items.length === 0) continue;
    const cluster = { ...full, items, docs: new Set(items.map((i) => i.doc)) };
    const mentions = sortedMentions(items, docs);
    const fact = valueOf(cluster);
    groups.push({
      type: cluster.type,
      status: cluster.docs.size > 1 ? 'agree' : 'single',
      value: fact.value,
      ...(fact.currency ? { currency: fact.currency } : {}),
      ...(fact.key !== undefined ? { key: fact.type === 'person' ? fact.keyParts?.at(-1) ?? fact.key : fact.key } : {}),
      mentions,
    });
  }
  return groups.sort((a, b) => byFirstMention(a, b, order));
}
