// The facts of two linked sentences, paired one to one: the same fact in both (same cluster)
// agrees; what is left pairs by kind, where the pairing is unambiguous enough to call two
// different values one fact, with a confidence from the link and from the pairing.
import type { Fact } from '../types.js';
import { dateClaim, type Cluster, type Item } from './clusters.js';
import { datesFit, isStatedRange } from './dateSpan.js';
import { COMPARED_TYPES, comparisonKind } from './comparedTypes.js';
import { explainDates, explainIdentifiers, explainNumbers, type Explanation } from './explain.js';
import { ANCHORED, type SentenceLink } from './alignSentences.js';
import { isConversion, sameDimension } from './unitConversion.js';

export interface FactPair {
  pivot: Item;
  version: Item;
  /** The two state the same value (one agreement cluster). */
  agrees: boolean;
  /** The version states the pivot's measure in another unit ("200 miles", "320 km"): neither agrees nor differs. */
  converts?: boolean;
  /** Differing pairs: the likely cause. */
  why?: Explanation;
  /** From 0 to 1: the strength of the sentence link times how unambiguous the pairing is. */
  confidence: number;
}

/** The likely cause of the difference between two facts taken for one; `langs` by document. */
export function explainPair(a: Item, b: Item, langs: readonly string[]): Explanation {
  const [fa, fb] = [a.fact, b.fact];
  if (fa.type === 'identifier') return explainIdentifiers(String(fa.value), String(fb.value));
  if (fa.type === 'weekday') return { code: 'weekday-differs', explained: true };
  if (fa.type === 'date') return explainDates(dateClaim(fa), dateClaim(fb));
  if (fa.type === 'time' || fa.type === 'score') return explainDates(String(fa.value), String(fb.value));
  const side = (i: Item) => ({ value: i.fact.value as number, text: i.fact.text, lang: langs[i.doc]!, ...(i.fact.currency ? { currency: i.fact.currency } : {}) });
  return explainNumbers(side(a), side(b));
}

/** How much a cause says that two values are one fact misstated: a rounding or an unexplained difference says less. */
function causeWeight(why: Explanation): number {
  if (why.code === 'rounding') return 0.6;
  return why.explained ? 1 : 0.7;
}

/** "200 miles" and "321 kilometres" are one distance in two units, never one value misstated. */
export function comparable(a: Item, b: Item): boolean {
  const [ua, ub] = [a.fact.unit, b.fact.unit];
  return !(ua && ub && ua !== ub);
}

/**
 * Two values that state one fact: "2024" and "late August 2024", one date at two precisions
 * (but two ranges written with both ends are one only when equal: 1950-1953 is no 1950-1959);
 * "15." and "15", one rank.
 */
export function statesOneFact(a: Fact, b: Fact): boolean {
  if (a.type === 'date' && b.type === 'date') return datesFit(dateClaim(a), dateClaim(b)) && !(isStatedRange(a) && isStatedRange(b));
  return a.type !== b.type && a.value === b.value;
}

/**
 * Less sure where the words near the figures say they count different things (more so when
 * the pairing had a choice: concept words are looked for in a window that may reach the next
 * figure's), or where one side names a unit the other lacks.
 */
function contextWeight(a: Item, b: Item, unambiguous: boolean): number {
  const [ca, cb] = [a.fact.concepts ?? [], b.fact.concepts ?? []];
  let weight = ca.length && cb.length && !ca.some((c) => cb.includes(c)) ? (unambiguous ? 0.8 : 0.5) : 1;
  if (Boolean(a.fact.unit) !== Boolean(b.fact.unit)) weight *= 0.8;
  return weight;
}

/** How sure a wrong conversion is: translators convert loosely more often than they mistype. */
const MISCONVERTED = 0.8;

const kindOf = (item: Item) => comparisonKind(item.fact.type);

const isSmall = (item: Item) => typeof item.fact.value === 'number' && Math.abs(item.fact.value) < 10;

function comparedItems(units: SentenceLink['pivot']): Item[] {
  return units.flatMap((u) => u.items.filter((i) => COMPARED_TYPES.has(i.fact.type)));
}

/** One side measures in other units than the other ("2 to 4 inches", "от 5 до 10 см"): its other numbers may be converted too. */
function convertsUnits(a: readonly Item[], b: readonly Item[]): boolean {
  return a.some((x) => b.some((y) => (x.fact.unit && y.fact.unit && x.fact.unit !== y.fact.unit) || isConversion(x.fact, y.fact)));
}

/** The pairs of the facts of two linked sentences; a fact with no counterpart is in none. */
export function pairLinkedFacts(link: SentenceLink, clusterOf: ReadonlyMap<Item, Cluster>, langs: readonly string[]): FactPair[] {
  const a = comparedItems(link.pivot);
  const b = comparedItems(link.version);
  const converts = convertsUnits(a, b);
  const pairs: FactPair[] = [];
  const usedB = new Set<Item>();
  const restA: Item[] = [];
  // The same fact on both sides cancels out, first with first.
  for (const x of a) {
    const y = b.find((i) => !usedB.has(i) && clusterOf.get(i) === clusterOf.get(x));
    if (y) {
      usedB.add(y);
      pairs.push({ pivot: x, version: y, agrees: true, confidence: link.strength });
    } else restA.push(x);
  }
  const restB = b.filter((i) => !usedB.has(i));
  for (const kind of new Set(restA.map(kindOf))) {
    const xs = restA.filter((i) => kindOf(i) === kind);
    const ys = restB.filter((i) => kindOf(i) === kind);
    // One left on each side: it can only be that one. As many on each side: in order, likely.
    // Otherwise only pairs whose difference has a specific cause, in order.
    const unambiguous = xs.length === 1 && ys.length === 1 ? 1 : xs.length === ys.length ? 0.75 : 0.6;
    let from = 0;
    for (const [k, x] of xs.entries()) {
      const candidates = xs.length === ys.length ? [ys[k]!] : ys.slice(from);
      // The same measure in another unit is neither a difference nor missing.
      const converted = candidates.find((c) => isConversion(x.fact, c.fact));
      if (converted) {
        from = ys.indexOf(converted) + 1;
        pairs.push({ pivot: x, version: converted, agrees: false, converts: true, confidence: link.strength });
        continue;
      }
      // Two identifiers are one code only when one digit changed or two swapped ("A320" and "B737" stay two).
      const y = candidates.find((c) => comparable(x, c) && ((unambiguous > 0.6 && kind !== 'identifier') || explainPair(x, c, langs).explained));
      if (!y) {
        // The same measure in another unit where no rounding of the conversion gives the figure.
        const misconverted = unambiguous > 0.6 ? candidates.find((c) => sameDimension(x.fact, c.fact)) : undefined;
        if (misconverted) {
          from = ys.indexOf(misconverted) + 1;
          pairs.push({ pivot: x, version: misconverted, agrees: false, why: { code: 'conversion-differs', explained: true }, confidence: link.strength * unambiguous * MISCONVERTED });
        }
        continue;
      }
      from = ys.indexOf(y) + 1;
      if (statesOneFact(x.fact, y.fact)) {
        pairs.push({ pivot: x, version: y, agrees: true, confidence: link.strength });
        continue;
      }
      const why = explainPair(x, y, langs);
      const small = isSmall(x) && isSmall(y) && link.anchor < ANCHORED ? 0.8 : 1;
      const unitless = converts && kind === 'number' && !(x.fact.unit && y.fact.unit) ? 0.7 : 1;
      pairs.push({ pivot: x, version: y, agrees: false, why, confidence: link.strength * unambiguous * causeWeight(why) * contextWeight(x, y, unambiguous === 1) * small * unitless });
    }
  }
  return pairs;
}
