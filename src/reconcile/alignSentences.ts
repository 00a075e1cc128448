// Which sentences of a version say what which sentences of the pivot say. A monotone
// alignment, as translation aligners do it (Gale and Church, with anchors): facts that both
// state once (a figure in any notation, a name's key) fix the path; between them a dynamic
// programme links one sentence to one, one to two or two to one (split or merged), or to
// none (left out), scoring shared facts, facts of the same kinds and a similar place in the
// document. It needs neither line-aligned files nor a majority of versions.
import type { Cluster } from './clusters.js';
import { KIND_COUNT } from './comparedTypes.js';
import type { DocumentUnits, SentenceUnit } from './sentenceUnits.js';

export interface SentenceLink {
  pivot: SentenceUnit[];
  version: SentenceUnit[];
  /** The facts both sides share, weighted by how rare they are in the two documents; 0 when none. */
  anchor: number;
  /** How sure the link is, from 0 to 1: its own shared facts, or anchored links around it. */
  strength: number;
}

/** Weights of the score, in units of one shared fact that stands once in each document. */
const SAME_KIND = 0.3;
const OTHER_KIND = 0.15;
const PLACE = 2;
const LEFT_OUT = 0.1;
const SPLIT = 0.2;
/** A link whose shared facts weigh this much stands on its own. */
export const ANCHORED = 0.5;
/** Shared facts per sentence from which two documents count as translations of each other (the lowest tenth of NTREX pairs share more). */
const TRANSLATION_DENSITY = 0.25;
const MIN_LIKENESS = 0.25;
/** How far from the diagonal the path may stray: a share of the longer document, and at least so many sentences. */
const DIAGONAL_SHARE = 0.1;
const DIAGONAL_MIN = 30;
/** Sentences the path may stray from an anchor of the chain, each way. */
const ANCHOR_SLACK = 3;


/** What one shared fact of a cluster is worth: small numbers and names recur, so they weigh less. */
function specificity(cluster: Cluster): number {
  if (cluster.type === 'person' || cluster.type === 'org' || cluster.type === 'place') return 0.8;
  const value = cluster.items[0]!.fact.value;
  return typeof value === 'number' && Math.abs(value) < 10 ? 0.3 : 1;
}

/**
 * The scores of links between sentences of the pivot (P) and the version (V), each link a
 * range of one or two sentences on each side: computed from the sentences' own counts,
 * without building anything, since the programme asks for a few links per cell.
 */
class Scorer {
  private readonly weights = new Map<Cluster, number>();

  constructor(
    private readonly pivot: DocumentUnits,
    private readonly version: DocumentUnits,
  ) {}

  weight(cluster: Cluster): number {
    let w = this.weights.get(cluster);
    if (w === undefined) {
      const recurs = Math.max(this.pivot.sentencesWith.get(cluster) ?? 0, this.version.sentencesWith.get(cluster) ?? 0);
      w = specificity(cluster) / Math.max(1, recurs);
      this.weights.set(cluster, w);
    }
    return w;
  }

  /** The facts sentences a[aFrom, aTo) and b[bFrom, bTo) share, each weighted by its cluster's weight. */
  anchor(a: readonly SentenceUnit[], aFrom: number, aTo: number, b: readonly SentenceUnit[], bFrom: number, bTo: number): number {
    let score = 0;
    for (let i = aFrom; i < aTo; i++) {
      for (const [cluster, count] of a[i]!.clusterCounts) {
        // A cluster in both sentences of a merged side counts once, at its first.
        if (i > aFrom && a[aFrom]!.clusters.has(cluster)) continue;
        let inB = 0;
        for (let j = bFrom; j < bTo; j++) inB += b[j]!.clusters.get(cluster) ?? 0;
        if (inB === 0) continue;
        const inA = i > aFrom ? count : count + (aTo - aFrom > 1 ? a[aFrom + 1]!.clusters.get(cluster) ?? 0 : 0);
        score += this.weight(cluster) * Math.min(inA, inB);
      }
    }
    return score;
  }

  /** Facts of the same kinds on both sides count for the link, facts of one side only against it. */
  kinds(a: readonly SentenceUnit[], aFrom: number, aTo: number, b: readonly SentenceUnit[], bFrom: number, bTo: number): number {
    let score = 0;
    for (let k = 0; k < KIND_COUNT; k++) {
      let x = 0;
      let y = 0;
      for (let i = aFrom; i < aTo; i++) x += a[i]!.kinds[k]!;
      for (let j = bFrom; j < bTo; j++) y += b[j]!.kinds[k]!;
      score += SAME_KIND * Math.min(x, y) - OTHER_KIND * Math.abs(x - y);
    }
    return score;
  }

  link(a: readonly SentenceUnit[], aFrom: number, aTo: number, b: readonly SentenceUnit[], bFrom: number, bTo: number): number {
    const place = Math.abs(a[aFrom]!.position - b[bFrom]!.position);
    const split = aTo - aFrom + (bTo - bFrom) > 2 ? SPLIT : 0;
    return this.anchor(a, aFrom, aTo, b, bFrom, bTo) + this.kinds(a, aFrom, aTo, b, bFrom, bTo) - PLACE * place - split;
  }
}

/**
 * Facts that stand in one sentence of each document, as pairs of sentence indices, in the
 * longest chain that keeps the order of both (a longest increasing subsequence).
 */
function anchorChain(pivot: DocumentUnits, version: DocumentUnits): Array<[number, number]> {
  const inPivot = new Map<Cluster, number>();
  pivot.units.forEach((u, i) => {
    for (const c of u.clusters.keys()) if (pivot.sentencesWith.get(c) === 1 && specificity(c) >= 1) inPivot.set(c, i);
  });
  const pairs: Array<[number, number]> = [];
  version.units.forEach((u, j) => {
    for (const c of u.clusters.keys()) {
      const i = inPivot.get(c);
      if (i !== undefined && version.sentencesWith.get(c) === 1) pairs.push([i, j]);
    }
  });
  // By pivot sentence, and for one pivot sentence the later version sentence first, so that
  // a strictly increasing run of version sentences takes at most one of them.
  pairs.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const chain: Array<[number, number]> = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) chain.push(pairs[k]!);
  return chain.reverse();
}

/**
 * The version sentences the path may have consumed after `r` pivot sentences: between the
 * anchors on either side, with a few sentences of slack each way, so that an anchored
 * sentence can still be linked with a neighbour (split or merged) and a figure that happens
 * to recur in another sentence (two people aged 31) cannot force the path; and never further from the diagonal
 * than a tenth of the document, so that two long documents with few anchors cost time in
 * proportion to their length, not its square. Each row starts no later than the one before
 * ends, so the end stays reachable.
 */
function band(chain: ReadonlyArray<[number, number]>, m: number, n: number): { lo: Int32Array; hi: Int32Array } {
  const lo = new Int32Array(m + 1);
  const hi = new Int32Array(m + 1);
  const reach = Math.max(DIAGONAL_MIN, Math.ceil(DIAGONAL_SHARE * Math.max(m, n)));
  let k = 0;
  for (let r = 0; r <= m; r++) {
    while (k < chain.length && chain[k]![0] < r) k++;
    const anchoredLo = k > 0 ? Math.max(0, chain[k - 1]![1] + 1 - ANCHOR_SLACK) : 0;
    const anchoredHi = k < chain.length ? Math.min(n, chain[k]![1] + ANCHOR_SLACK) : n;
    const diagonal = m ? Math.round((r * n) / m) : 0;
    let [from, to] = [Math.max(anchoredLo, diagonal - reach), Math.min(anchoredHi, diagonal + reach)];
    if (from > to) [from, to] = [anchoredLo, Math.max(anchoredLo, anchoredHi)];
    if (r > 0) {
      from = Math.min(Math.max(from, lo[r - 1]!), hi[r - 1]!);
      to = Math.max(to, from);
    }
    lo[r] = from;
    hi[r] = to;
  }
  hi[m] = n;
  if (lo[m]! > n) lo[m] = n;
  return { lo, hi };
}

// The moves of the path: how many pivot and version sentences a link takes.
const MOVES: ReadonlyArray<[number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
];

/**
 * How much the two documents look like translations of each other: the facts their linked
 * sentences share, per sentence. Two reports of one story share a few facts in different
 * places; a translation shares most of them, sentence by sentence.
 */
function translationLikeness(links: readonly SentenceLink[], sentences: number): number {
  let shared = 0;
  for (const link of links) shared += Math.min(1, link.anchor);
  return Math.min(1, shared / Math.max(1, sentences) / TRANSLATION_DENSITY);
}

/**
 * The strength of links without shared facts of their own, from the anchored links around
 * them, and less the less the documents look like translations.
 */
function strengthen(links: SentenceLink[], likeness: number): void {
  const anchoredAt = links.flatMap((l, i) => (l.anchor >= ANCHORED ? [i] : []));
  let next = 0;
  links.forEach((link, i) => {
    if (link.anchor >= ANCHORED) {
      link.strength = 1;
      return;
    }
    while (next < anchoredAt.length && anchoredAt[next]! < i) next++;
    const before = next > 0 ? anchoredAt[next - 1]! : -1;
    const after = next < anchoredAt.length ? anchoredAt[next]! : links.length;
    let pivots = 0;
    let versions = 0;
    for (let k = before + 1; k < after; k++) {
      pivots += links[k]!.pivot.length;
      versions += links[k]!.version.length;
    }
    // Alone between two anchors on both sides, it can only be this; among as many on each side, likely.
    let strength = pivots === link.pivot.length && versions === link.version.length ? 0.9 : pivots === versions ? 0.7 : 0.5;
    if (before < 0 || after === links.length) strength *= 0.9;
    if (link.anchor > 0) strength = Math.max(strength, 0.8);
    link.strength = strength * Math.max(MIN_LIKENESS, likeness);
  });
}

/** The sentence links of a version to the pivot, in document order; sentences linked to none have a link of their own. */
export function alignSentences(pivot: DocumentUnits, version: DocumentUnits): SentenceLink[] {
  const [P, V] = [pivot.units, version.units];
  const [m, n] = [P.length, V.length];
  const chain = anchorChain(pivot, version);
  const scorer = new Scorer(pivot, version);
  const { lo, hi } = band(chain, m, n);
  const score: Float64Array[] = [];
  const move: Uint8Array[] = [];
  const at = (r: number, j: number) => (r < 0 || j < lo[r]! || j > hi[r]! ? -Infinity : score[r]![j - lo[r]!]!);
  for (let r = 0; r <= m; r++) {
    const width = hi[r]! - lo[r]! + 1;
    score.push(new Float64Array(width).fill(-Infinity));
    move.push(new Uint8Array(width));
    for (let j = lo[r]!; j <= hi[r]!; j++) {
      if (r === 0 && j === 0) {
        score[0]![0 - lo[0]!] = 0;
        continue;
      }
      let best = -Infinity;
      let how = 0;
      for (let k = 0; k < MOVES.length; k++) {
        const [dp, dv] = MOVES[k]!;
        if (r < dp || j < dv) continue;
        const from = at(r - dp, j - dv);
        if (from === -Infinity) continue;
        const gain = dp && dv ? scorer.link(P, r - dp, r, V, j - dv, j) : -LEFT_OUT;
        if (from + gain > best) {
          best = from + gain;
          how = k;
        }
      }
      score[r]![j - lo[r]!] = best;
      move[r]![j - lo[r]!] = how;
    }
  }
  const links: SentenceLink[] = [];
  for (let r = m, j = n; r > 0 || j > 0; ) {
    const [dp, dv] = MOVES[move[r]![j - lo[r]!]!]!;
    const a = P.slice(r - dp, r);
    const b = V.slice(j - dv, j);
    links.push({ pivot: a, version: b, anchor: dp && dv ? scorer.anchor(P, r - dp, r, V, j - dv, j) : 0, strength: 0 });
    r -= dp;
    j -= dv;
  }
  links.reverse();
  strengthen(links, translationLikeness(links, Math.max(m, n)));
  return links;
}
