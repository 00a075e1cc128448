// Which figures of two versions are the same fact although their values differ. Evidence
// comes from order: the facts both versions agree on are anchors, and a figure that one
// version has, alone of its type (or of its unit), between the same two anchors as a figure
// of the other is its counterpart. Translations that keep the line structure (same facts on
// the same line numbers) align line by line instead.
import type { FactType } from '../types.js';
import type { Cluster, Item } from './clusters.js';

export interface Pairing {
  a: Cluster;
  b: Cluster;
  /** Document pairs that aligned the two clusters. */
  votes: number;
  /** Of those, document pairs that aligned them on the same line of line-aligned translations. */
  lineVotes: number;
  /** A representative item on each side, from the first aligned pair. */
  itemA: Item;
  itemB: Item;
  /** The documents whose items were aligned, on each side: one version against many is an outlier. */
  docsA: Set<number>;
  docsB: Set<number>;
  /** The mentions aligned, on each side: a conflict is made of these, not of whole clusters. */
  itemsA: Set<Item>;
  itemsB: Set<Item>;
}

interface Placed {
  cluster: Cluster;
  item: Item;
}

/** Longest chain of anchors in the same order in both documents (patience LIS on the second position). */
interface Anchor {
  a: number;
  b: number;
  lineA: number;
  lineB: number;
}

function consistentChain(anchors: readonly Anchor[]): Anchor[] {
  const sorted = [...anchors].sort((x, y) => x.a - y.a);
  const tails: number[] = [];
  const previous: number[] = new Array(sorted.length).fill(-1);
  sorted.forEach((anchor, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[tails[mid]!]!.b < anchor.b) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const chain: Anchor[] = [];
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) chain.unshift(sorted[i]!);
  return chain;
}

/** Index of the gap between anchors that a position falls in. */
function gapOf(positions: readonly number[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items of each document with their cluster, in document order. */
function placedByDocument(clusters: readonly Cluster[], documents: number): Placed[][] {
  const placed: Placed[][] = Array.from({ length: documents }, () => []);
  for (const cluster of clusters) for (const item of cluster.items) placed[item.doc]!.push({ cluster, item });
  for (const list of placed) list.sort((x, y) => x.item.fact.start - y.item.fact.start);
  return placed;
}

/**
 * The figures left over on each side that can be paired: the one figure of the stretch on
 * each side, or else the one figure of a unit on each side ("624 km" against "620 km" where
 * the speeds in km/h also differ). Never a guess between two.
 */
function alonePairs(restA: readonly Placed[], restB: readonly Placed[]): Array<[Placed, Placed]> {
  if (restA.length === 1 && restB.length === 1) return [[restA[0]!, restB[0]!]];
  const unitOf = (p: Placed) => p.item.fact.unit;
  const pairs: Array<[Placed, Placed]> = [];
  for (const unit of new Set(restA.map(unitOf))) {
    if (!unit) continue;
    const a = restA.filter((p) => unitOf(p) === unit);
    const b = restB.filter((p) => unitOf(p) === unit);
    if (a.length === 1 && b.length === 1) pairs.push([a[0]!, b[0]!]);
  }
  return pairs;
}

const FIGURES = new Set<FactType>(['number', 'percent', 'money', 'date', 'time', 'score', 'identifier']);

export function alignDocuments(clusters: readonly Cluster[], documents: number): Pairing[] {
  const placed = placedByDocument(clusters, documents);
  // Anchors: facts both versions of a pair state exactly once.
  const once = placed.map((list) => {
    const count = new Map<Cluster, number>();
    for (const p of list) count.set(p.cluster, (count.get(p.cluster) ?? 0) + 1);
    return new Map(list.filter((p) => count.get(p.cluster) === 1).map((p) => [p.cluster, p.item]));
  });
  const pairings = new Map<string, Pairing>();
  for (let i = 0; i < documents; i++) {
    for (let j = i + 1; j < documents; j++) {
      const [onceI, onceJ] = [once[i]!, once[j]!];
      const anchors: Anchor[] = [];
      for (const [cluster, item] of onceI) {
        const other = onceJ.get(cluster);
        if (other) anchors.push({ a: item.fact.start, b: other.fact.start, lineA: item.fact.line, lineB: other.fact.line });
      }
      const chain = consistentChain(anchors);
      // Line-aligned translations: nearly every anchor sits on the same line in both.
      const lineAligned = chain.length >= 3 && chain.filter((x) => x.lineA === x.lineB).length >= 0.8 * chain.length;
      const slotsA = chain.map((x) => x.a);
      const slotsB = chain.map((x) => x.b);
      const buckets = new Map<string, { a: Placed[]; b: Placed[] }>();
      const bucketOf = (p: Placed, slots: readonly number[]) => {
        const key = `${lineAligned ? `L${p.item.fact.line}` : `G${gapOf(slots, p.item.fact.start)}`}/${p.cluster.type}`;
        let entry = buckets.get(key);
        if (!entry) buckets.set(key, (entry = { a: [], b: [] }));
        return entry;
      };
      for (const p of placed[i]!) if (FIGURES.has(p.cluster.type)) bucketOf(p, slotsA).a.push(p);
      for (const p of placed[j]!) if (FIGURES.has(p.cluster.type)) bucketOf(p, slotsB).b.push(p);
      for (const { a, b } of buckets.values()) {
        // What both sides state in this stretch cancels out; what is left differs.
        const left = (mine: Placed[], theirs: Placed[]) => {
          const pool = new Map<Cluster, number>();
          for (const p of theirs) pool.set(p.cluster, (pool.get(p.cluster) ?? 0) + 1);
          return mine.filter((p) => {
            const n = pool.get(p.cluster) ?? 0;
            if (n > 0) pool.set(p.cluster, n - 1);
            return n === 0;
          });
        };
        for (const [pa, pb] of alonePairs(left(a, b), left(b, a))) {
          const [x, y] = pa.cluster.id < pb.cluster.id ? [pa, pb] : [pb, pa];
          const id = `${x.cluster.id}:${y.cluster.id}`;
          const pairing = pairings.get(id) ?? {
            a: x.cluster,
            b: y.cluster,
            votes: 0,
            lineVotes: 0,
            itemA: x.item,
            itemB: y.item,
            docsA: new Set<number>(),
            docsB: new Set<number>(),
            itemsA: new Set<Item>(),
            itemsB: new Set<Item>(),
          };
          pairing.votes++;
          pairing.docsA.add(x.item.doc);
          pairing.docsB.add(y.item.doc);
          pairing.itemsA.add(x.item);
          pairing.itemsB.add(y.item);
          if (lineAligned) pairing.lineVotes++;
          pairings.set(id, pairing);
        }
      }
    }
  }
  return [...pairings.values()];
}
