// Which sentences of a version say what which sentences of the pivot say. A monotone
// alignment, as translation aligners do it (Gale and Church, with anchors): facts that both
// state once (a figure in any notation, a name's key) fix the path; between them a dynamic
// programme links one sentence to one, one to two or two to one (split or merged), two to
// two (facts told in the other order), or to none (left out), scoring shared facts, facts
// of the same kinds and a place near the one the anchors predict. It needs neither
// line-aligned files nor a majority of versions.
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
/** A fact stated in up to so many sentences of each document, as often in both, anchors each of them in turn. */
const RANKED = 3;
/** Sentences the path may stray from an anchor of the chain, each way. */
const ANCHOR_SLACK = 3;


/** What one shared fact of a cluster is worth: small numbers and names recur, so they weigh less. */
const NAME_SPECIFICITY = 0.8;

function specificity(cluster: Cluster): number {
  if (cluster.type === 'person' || cluster.type === 'org' || cluster.type === 'place') return NAME_SPECIFICITY;
  const value = cluster.items[0]!.fact.value;
  return typeof value === 'number' && Math.abs(value) < 10 ? 0.3 : 1;
}

const NO_KINDS: readonly number[] = new Array<number>(KIND_COUNT).fill(0);

/** How many of a sentence's facts belong to the cluster with this id. */
function countIn(unit: SentenceUnit, id: number): number {
  const ids = unit.clusterIds;
  for (let t = 0; t < ids.length; t++) if (ids[t] === id) return unit.clusterCounts[t]!;
  return 0;
}

/**
 * For each pivot sentence, the version sentence expected to say what it says: on the line
 * through the anchors of the chain; before the first, from the start; after the last, one
 * sentence for one (translations keep the original's sentences), but never past the version's
 * last. Without anchors, at the same share of each document. A sentence a translation drops
 * or a version whose facts end early then moves no other sentence from its place.
 */
function expectedPlaces(P: readonly SentenceUnit[], V: readonly SentenceUnit[], chain: ReadonlyArray<[number, number]>, lastP: number, lastV: number): Float64Array {
  const expected = new Float64Array(P.length);
  const points = chain.map(([i, j]) => [P[i]!.sentence, V[j]!.sentence] as const);
  let k = 0;
  P.forEach((unit, r) => {
    const s = unit.sentence;
    while (k < points.length && points[k]![0] < s) k++;
    const next = points[k];
    const previous = k > 0 ? points[k - 1]! : undefined;
    if (!points.length) expected[r] = (s * lastV) / Math.max(1, lastP);
    else if (next && next[0] === s) expected[r] = next[1];
    else if (!next) expected[r] = Math.min(lastV, previous![1] + s - previous![0]);
    else {
      const [i0, j0] = previous ?? [0, 0];
      expected[r] = j0 + ((s - i0) * (next[1] - j0)) / Math.max(1, next[0] - i0);
    }
  });
  return expected;
}

/**
 * The scores of links between sentences of the pivot (P) and the version (V), each link a
 * range of one or two sentences on each side: computed from the sentences' own counts,
 * without building anything, since the programme asks for three links per cell.
 */
class Scorer {
  /** By cluster id: what one shared fact of the cluster is worth; 0 for clusters the version lacks. */
  private readonly weights: Float64Array;
  /** What the distance from a sentence's expected place is measured against. */
  private readonly span: number;
  /** By pivot sentence: where the version's counterpart is expected (expectedPlaces). */
  private readonly expected: Float64Array;

  constructor(
    private readonly P: readonly SentenceUnit[],
    private readonly V: readonly SentenceUnit[],
    pivot: DocumentUnits,
    version: DocumentUnits,
    chain: ReadonlyArray<[number, number]>,
  ) {
    this.span = Math.max(1, pivot.lastSentence, version.lastSentence);
    this.expected = expectedPlaces(P, V, chain, pivot.lastSentence, version.lastSentence);
    let maxId = -1;
    for (const c of pivot.sentencesWith.keys()) if (c.id > maxId) maxId = c.id;
    this.weights = new Float64Array(maxId + 1);
    for (const [c, inPivot] of pivot.sentencesWith) {
      const inVersion = version.sentencesWith.get(c);
      if (inVersion) this.weights[c.id] = specificity(c) / Math.max(1, inPivot, inVersion);
    }
  }

  /** The facts pivot sentences [aFrom, aTo) and version sentences [bFrom, bTo) share, each weighted by its cluster's weight. */
  anchor(aFrom: number, aTo: number, bFrom: number, bTo: number): number {
    const { P, V, weights } = this;
    let score = 0;
    for (let i = aFrom; i < aTo; i++) {
      const unit = P[i]!;
      const ids = unit.clusterIds;
      for (let t = 0; t < ids.length; t++) {
        const id = ids[t]!;
        const w = id < weights.length ? weights[id]! : 0;
        if (w === 0) continue;
        // A cluster in both sentences of a merged side counts once, at its first.
        if (i > aFrom && countIn(P[aFrom]!, id) > 0) continue;
        let inB = 0;
        for (let j = bFrom; j < bTo; j++) inB += countIn(V[j]!, id);
        if (inB === 0) continue;
        const count = unit.clusterCounts[t]!;
        const inA = i > aFrom || aTo - aFrom === 1 ? count : count + countIn(P[aFrom + 1]!, id);
        score += w * Math.min(inA, inB);
      }
    }
    return score;
  }

  /** Facts of the same kinds on both sides count for the link, facts of one side only against it. */
  kinds(aFrom: number, aTo: number, bFrom: number, bTo: number): number {
    const a1 = this.P[aFrom]!.kinds;
    const a2 = aTo - aFrom > 1 ? this.P[aFrom + 1]!.kinds : NO_KINDS;
    const b1 = this.V[bFrom]!.kinds;
    const b2 = bTo - bFrom > 1 ? this.V[bFrom + 1]!.kinds : NO_KINDS;
    let score = 0;
    for (let k = 0; k < KIND_COUNT; k++) {
      const x = a1[k]! + a2[k]!;
      const y = b1[k]! + b2[k]!;
      score += x < y ? SAME_KIND * x - OTHER_KIND * (y - x) : SAME_KIND * y - OTHER_KIND * (x - y);
    }
    return score;
  }

  /** Links take one or two sentences a side. */
  link(aFrom: number, aTo: number, bFrom: number, bTo: number): number {
    const place = Math.abs(this.expected[aFrom]! - this.V[bFrom]!.sentence) / this.span;
    const split = aTo - aFrom + (bTo - bFrom) > 2 ? SPLIT : 0;
    return this.anchor(aFrom, aTo, bFrom, bTo) + this.kinds(aFrom, aTo, bFrom, bTo) - PLACE * place - split;
  }
}

/** The sentences of a document each specific cluster stands in, in order, for clusters in at most RANKED sentences. */
function sentencesOf(doc: DocumentUnits): Map<Cluster, number[]> {
  const out = new Map<Cluster, number[]>();
  doc.units.forEach((u, i) => {
    for (const c of u.clusters.keys()) {
      if (doc.sentencesWith.get(c)! > RANKED || specificity(c) < NAME_SPECIFICITY) continue;
      const list = out.get(c);
      if (list) list.push(i);
      else out.set(c, [i]);
    }
  });
  return out;
}

/**
 * Facts that stand in as many sentences of each document (once, or a few times: the first
 * with the first), as pairs of sentence indices, in the longest chain that keeps the order
 * of both (a longest increasing subsequence).
 */
function anchorChain(pivot: DocumentUnits, version: DocumentUnits): Array<[number, number]> {
  const inPivot = sentencesOf(pivot);
  const pairs: Array<[number, number]> = [];
  for (const [c, js] of sentencesOf(version)) {
    const is = inPivot.get(c);
    if (is?.length === js.length) is.forEach((i, k) => pairs.push([i, js[k]!]));
  }
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

// The moves of the path: how many pivot and version sentences a link takes. Two to two:
// neighbouring sentences whose facts a translation tells in the other order.
const MOVES: ReadonlyArray<[number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
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
  const scorer = new Scorer(P, V, pivot, version, chain);
  const { lo, hi } = band(chain, m, n);
  // The programme's cells, row by row, each row its band: row r's cell j at start[r] + j - lo[r].
  const start = new Int32Array(m + 2);
  for (let r = 0; r <= m; r++) start[r + 1] = start[r]! + hi[r]! - lo[r]! + 1;
  const score = new Float64Array(start[m + 1]!).fill(-Infinity);
  const move = new Uint8Array(start[m + 1]!);
  // The best score of a path to (r, j); -Infinity outside the band.
  const at = (r: number, j: number) => (r < 0 || j < lo[r]! || j > hi[r]! ? -Infinity : score[start[r]! + j - lo[r]!]!);
  for (let r = 0; r <= m; r++) {
    const [rowLo, rowHi, rowStart] = [lo[r]!, hi[r]!, start[r]!];
    for (let j = rowLo; j <= rowHi; j++) {
      const cell = rowStart + j - rowLo;
      if (r === 0 && j === 0) {
        score[cell] = 0;
        continue;
      }
      let best = -Infinity;
      let bestMove = 0;
      for (let k = 0; k < MOVES.length; k++) {
        const dp = MOVES[k]![0];
        const dv = MOVES[k]![1];
        if (r < dp || j < dv) continue;
        const from = at(r - dp, j - dv);
        if (from === -Infinity) continue;
        const gain = dp && dv ? scorer.link(r - dp, r, j - dv, j) : -LEFT_OUT;
        if (from + gain > best) {
          best = from + gain;
          bestMove = k;
        }
      }
      score[cell] = best;
      move[cell] = bestMove;
    }
  }
  const links: SentenceLink[] = [];
  for (let r = m, j = n; r > 0 || j > 0; ) {
    const [dp, dv] = MOVES[move[start[r]! + j - lo[r]!]!]!;
    const a = P.slice(r - dp, r);
    const b = V.slice(j - dv, j);
    links.push({ pivot: a, version: b, anchor: dp && dv ? scorer.anchor(r - dp, r, j - dv, j) : 0, strength: 0 });
    r -= dp;
    j -= dv;
  }
  links.reverse();
  strengthen(links, translationLikeness(links, Math.max(m, n)));
  return links;
}
