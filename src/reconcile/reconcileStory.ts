// Reconciliation of one story: agreement clusters; every version's sentences aligned to one
// pivot (the original, or the version sharing most facts) and the facts of linked sentences
// paired, so that a figure stated differently at the same place is a conflict, whether two
// versions or twenty say it; name variants; and the groups that report all of it.
import type { Fact } from '../types.js';
import { alignSentences } from './alignSentences.js';
import { BesidePivot } from './besidePivot.js';
import { choosePivot } from './choosePivot.js';
import { COMPARED_TYPES } from './comparedTypes.js';
import { agreementClusters, dateClaim, type Cluster, type Item } from './clusters.js';
import type { Explanation } from './explain.js';
import { nameConflict } from './nameConflicts.js';
import { explainPair, pairLinkedFacts, type FactPair } from './pairLinkedFacts.js';
import { sentenceUnits } from './sentenceUnits.js';
import { isConversion, writtenStep } from './unitConversion.js';
import type { Group, Mention, ReconcileOptions, StoryAlignment, StoryDocument, Variant } from './types.js';

/** Below this a difference is not reported at all: too likely two different facts. */
const MIN_CONFIDENCE = 0.3;
/** A given name that differs under one family name that every version states. */
const NAME_CONFIDENCE = 0.9;

/** One fact of the pivot and what each other version states at its place. */
interface Slot {
  items: Set<Item>;
  differing: FactPair[];
}

/** The pairings of one pivot fact with each version: the same value, another, or the same measure in another unit. */
interface PivotPairs {
  pivot: Item;
  pairs: FactPair[];
}

/** Versions that give one converted figure alike before another's own rounding of it counts as a slip. */
const CONVERTED_ALIKE = 3;

/**
 * The slot of a pivot fact, or none when nothing differs. Where some version states the
 * measure in another unit (the original's miles), the others' figures are conversions of it,
 * each rounded its own way: 320, 321 and 300 km for 200 miles differ from none of them;
 * unless several give one figure and one alone another (620, 620, 620 and 624 km).
 */
function slotOf({ pivot, pairs }: PivotPairs): Slot | undefined {
  const measures = pairs.filter((p) => p.converts).map((p) => p.version.fact);
  const rounded = (item: Item) => measures.some((m) => isConversion(m, item.fact));
  const stated = [pivot, ...pairs.filter((p) => !p.converts).map((p) => p.version)];
  const saying = (item: Item) => stated.filter((i) => i.fact.value === item.fact.value).length;
  const alone = (a: Item, b: Item) => saying(a) === 1 && saying(b) >= CONVERTED_ALIKE;
  const roundedAlike = (p: FactPair) => rounded(p.version) && rounded(pivot) && !alone(p.version, pivot) && !alone(pivot, p.version);
  const differing = pairs.filter((p) => !p.agrees && !p.converts && !roundedAlike(p));
  if (!differing.length) return undefined;
  const items = new Set([pivot, ...pairs.filter((p) => p.agrees || differing.includes(p)).map((p) => p.version)]);
  return { items, differing };
}

/**
 * Among the versions that convert a pivot's measure to another unit ("385 miles"), one that
 * alone gives another figure than several that agree (620, 620, 620 and 624 km): the others
 * are compared with it as with a pivot.
 */
function convertedSlot({ pairs }: PivotPairs, langs: readonly string[]): Slot | undefined {
  const byFigure = new Map<string, FactPair[]>();
  for (const p of pairs) {
    if (!p.converts) continue;
    const key = `${p.version.fact.unit ?? ''}|${p.version.fact.value}`;
    byFigure.set(key, [...(byFigure.get(key) ?? []), p]);
  }
  const [alike, ...others] = [...byFigure.values()].sort((a, b) => b.length - a.length);
  if (!alike || alike.length < CONVERTED_ALIKE) return undefined;
  const reference = alike[0]!.version;
  // A figure rounded more coarsely than the others (20 km/h where they write 19) says the same.
  const finer = (item: Item) => writtenStep(item.fact.value as number) <= writtenStep(reference.fact.value as number);
  const odd = others.filter((o) => o.length === 1 && o[0]!.version.fact.unit === reference.fact.unit && finer(o[0]!.version)).map((o) => o[0]!);
  if (!odd.length) return undefined;
  const differing = odd.map((p) => {
    const why = explainPair(reference, p.version, langs);
    return { pivot: reference, version: p.version, agrees: false, why, confidence: p.confidence * (why.explained ? 0.9 : 0.7) };
  });
  return { items: new Set([...alike.map((p) => p.version), ...odd.map((p) => p.version)]), differing };
}

/** What the alignment to the pivot found: differences, and where each version says what the pivot says. */
interface Alignment {
  slots: Slot[];
  /** By pivot fact, then by version (document index): the line of the version's sentence linked to the fact's, null when none is. */
  placeOf: Map<Item, Array<number | null | undefined>>;
  /** The sentence links themselves, for the formats that show the versions side by side. */
  sentences: StoryAlignment;
}

/**
 * Every version aligned to the pivot alone, so the work grows with the number of versions,
 * not its square: the slots of the pivot's facts that some version states differently, of
 * the facts most versions state beside the pivot's, and where each version's counterpart
 * sentence stands.
 */
function alignToPivot(clusters: readonly Cluster[], clusterOf: ReadonlyMap<Item, Cluster>, docs: readonly StoryDocument[], pivot: number): Alignment {
  const units = sentenceUnits(clusters, docs.length);
  const langs = docs.map((d) => d.lang);
  const byPivot = new Map<Item, PivotPairs>();
  const placeOf = new Map<Item, Array<number | null | undefined>>();
  const sentences: StoryAlignment = { pivot, links: docs.map(() => []) };
  const beside = new BesidePivot();
  const add = (pair: FactPair) => {
    if (!pair.agrees && !pair.converts && pair.confidence < MIN_CONFIDENCE) return;
    const entry = byPivot.get(pair.pivot);
    if (entry) entry.pairs.push(pair);
    else byPivot.set(pair.pivot, { pivot: pair.pivot, pairs: [pair] });
  };
  for (let v = 0; v < docs.length; v++) {
    if (v === pivot) continue;
    for (const link of alignSentences(units[pivot]!, units[v]!)) {
      if (link.pivot.length && link.version.length) sentences.links[v]!.push({ pivot: link.pivot.map((u) => u.sentence), version: link.version.map((u) => u.sentence) });
      const line = link.version[0]?.items[0]?.fact.line ?? null;
      for (const unit of link.pivot) {
        for (const item of unit.items) {
          let places = placeOf.get(item);
          if (!places) placeOf.set(item, (places = new Array<number | null | undefined>(docs.length)));
          places[v] = line;
        }
      }
      const pairs = pairLinkedFacts(link, clusterOf, langs);
      for (const pair of pairs) add(pair);
      beside.add(link, new Set(pairs.map((p) => p.version)));
    }
  }
  for (const pair of beside.pairs(clusterOf, langs)) add(pair);
  return { slots: [...byPivot.values()].flatMap((p) => [slotOf(p), convertedSlot(p, langs)].filter((slot): slot is Slot => slot !== undefined)), placeOf, sentences };
}

/**
 * Where the versions that lack a fact the pivot states would say it: the line of their
 * sentence aligned with the pivot's, or none when they have no such sentence (left out).
 */
function missingAt(items: readonly Item[], docs: readonly StoryDocument[], placeOf: Alignment['placeOf']): Group['missingAt'] {
  const present = new Set(items.map((i) => i.doc));
  const pivotItem = items.find((i) => placeOf.has(i));
  if (!pivotItem || present.size === docs.length) return undefined;
  const places = placeOf.get(pivotItem)!;
  return docs.flatMap((d, i) => {
    const line = places[i];
    if (present.has(i) || line === undefined) return [];
    return [line === null ? { path: d.path } : { path: d.path, line }];
  });
}

/**
 * How sure a conflict is: its surest pairing, more so where one version stands against all
 * the others, less where the versions split without a majority.
 */
function slotConfidence(slot: Slot, variantSizes: readonly number[]): number {
  const best = Math.max(...slot.differing.map((p) => p.confidence));
  const versions = variantSizes.reduce((n, k) => n + k, 0);
  const majority = Math.max(...variantSizes);
  let factor = 1;
  if (versions >= 3 && majority >= 2 && majority >= versions - 1) factor = 1.15;
  else if (versions >= 3 && majority * 2 <= versions) factor = 0.8;
  return Math.min(1, Math.round(best * factor * 100) / 100);
}

/** The cause of the surest pairing whose cause is known, else of the surest. */
function slotCause(slot: Slot): Explanation {
  const byConfidence = [...slot.differing].sort((a, b) => b.confidence - a.confidence);
  return (byConfidence.find((p) => p.why!.explained) ?? byConfidence[0]!).why!;
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
    // A day the month has not shows as written ("1968-10-00"): the value alone would hide the slip.
    value: value ?? (fact.impossibleDay !== undefined ? dateClaim(fact) : fact.value),
    ...(fact.currency ? { currency: fact.currency } : {}),
    ...(fact.unit ? { unit: fact.unit } : {}),
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

/** The versions that state another value than the original, or than a clear majority. */
function differingPaths(variants: readonly Variant[], source: string | undefined): string[] {
  const reference = source !== undefined ? variants.find((v) => v.paths.includes(source)) : variants[0]!.paths.length > (variants[1]?.paths.length ?? 0) ? variants[0] : undefined;
  return reference ? variants.filter((v) => v !== reference).flatMap((v) => v.paths) : [];
}

/** The story's groups; `aligned`, when given, receives the sentence alignment they were found with. */
export function reconcileStory(docs: readonly StoryDocument[], options: ReconcileOptions, aligned?: (alignment: StoryAlignment) => void): Group[] {
  const clusters = agreementClusters(docs, options.tolerance);
  const sourceIndex = options.source !== undefined ? docs.findIndex((d) => d.path === options.source) : -1;
  const source = sourceIndex >= 0 ? docs[sourceIndex]!.path : undefined;
  const pivot = sourceIndex >= 0 ? sourceIndex : choosePivot(clusters, docs.length);
  const clusterOf = new Map(clusters.flatMap((c) => c.items.map((i) => [i, c] as const)));
  const order = new Map(docs.map((d, i) => [d.path, i]));
  const groups: Group[] = [];
  const inConflict = new Set<Item>();
  const { slots, placeOf, sentences } = alignToPivot(clusters, clusterOf, docs, pivot);
  aligned?.(sentences);
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
    // Units are told only where the versions give several ("25 cm" against "18 in").
    if (new Set(variants.map((v) => v.unit)).size === 1) for (const v of variants) delete v.unit;
    const confidence = slotConfidence(slot, variants.map((v) => v.paths.length));
    if (confidence < MIN_CONFIDENCE) continue;
    const majority = variants[0]!;
    const items = [...slot.items];
    for (const i of items) inConflict.add(i);
    groups.push({
      type: items[0]!.fact.type,
      status: 'conflict',
      value: majority.value,
      ...(majority.currency ? { currency: majority.currency } : {}),
      code: slotCause(slot).code,
      args: { versions: items.length, agreeing: majority.paths.length },
      confidence,
      differing: differingPaths(variants, source),
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
    groups.push({
      type: 'person',
      status: 'conflict',
      value: names.variants[0]!.value,
      key: names.key,
      code: 'given-name-differs',
      args: names.args,
      // Told from the whole story (a family name every version shares), not from one sentence.
      confidence: NAME_CONFIDENCE,
      differing: differingPaths(names.variants, source),
      variants: names.variants,
      mentions,
    });
  }
  for (const full of clusters) {
    if (full.family !== undefined && conflictingFamilies.has(full.family)) continue;
    // What a conflict took is not also an agreement.
    const items = full.items.filter((i) => !inConflict.has(i));
    if (items.length === 0) continue;
    const cluster = { ...full, items, docs: new Set(items.map((i) => i.doc)) };
    const mentions = sortedMentions(items, docs);
    const fact = valueOf(cluster);
    const missing = COMPARED_TYPES.has(cluster.type) ? missingAt(items, docs, placeOf) : undefined;
    groups.push({
      type: cluster.type,
      status: cluster.docs.size > 1 ? 'agree' : 'single',
      value: fact.value,
      ...(fact.currency ? { currency: fact.currency } : {}),
      ...(fact.key !== undefined ? { key: fact.type === 'person' ? fact.keyParts?.at(-1) ?? fact.key : fact.key } : {}),
      ...(missing?.length ? { missingAt: missing } : {}),
      mentions,
    });
  }
  return groups.sort((a, b) => byFirstMention(a, b, order));
}
