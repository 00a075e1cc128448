// Facts the pivot does not state, compared between the versions. The sentences of several
// versions linked to one pivot sentence say the same thing, so a fact that most of them state
// there beyond the pivot's is one fact, and a version that states it otherwise differs.
// Without this a year the original leaves out ("SS19" for "primavera-verão de 2019") is never
// compared between its translations.
import type { SentenceLink } from './alignSentences.js';
import type { Cluster, Item } from './clusters.js';
import { COMPARED_TYPES, comparisonKind } from './comparedTypes.js';
import { comparable, explainPair, statesOneFact, type FactPair } from './pairLinkedFacts.js';
import type { SentenceUnit } from './sentenceUnits.js';
import { isConversion } from './unitConversion.js';

/** How much less sure a pairing is that no pivot fact confirms. */
const BESIDE = 0.75;
/** Versions that must state a fact beside the pivot before another's differing value counts. */
const MIN_AGREEING = 2;

interface Beside {
  doc: number;
  items: Item[];
  strength: number;
}

/** Two facts that may be one fact stated differently, not one measure in two units or one date at two precisions. */
const mayDiffer = (a: Item, b: Item) => comparable(a, b) && !isConversion(a.fact, b.fact) && !statesOneFact(a.fact, b.fact);

export class BesidePivot {
  /** By the first pivot sentence of a link: each version's facts there that no pairing with the pivot took. */
  private readonly at = new Map<SentenceUnit, Beside[]>();

  /** The version facts of a link that none of its pairs with the pivot took. */
  add(link: SentenceLink, paired: ReadonlySet<Item>): void {
    const unit = link.pivot[0];
    if (!unit) return;
    const items = link.version.flatMap((u) => u.items.filter((i) => COMPARED_TYPES.has(i.fact.type) && !paired.has(i)));
    if (!items.length) return;
    const entry = { doc: items[0]!.doc, items, strength: link.strength };
    const list = this.at.get(unit);
    if (list) list.push(entry);
    else this.at.set(unit, [entry]);
  }

  /**
   * At each pivot sentence and for each kind, the value most versions state there: the pairs
   * of its first mention with the others that state it, and with each version that states
   * one other fact of the kind instead.
   */
  pairs(clusterOf: ReadonlyMap<Item, Cluster>, langs: readonly string[]): FactPair[] {
    const pairs: FactPair[] = [];
    for (const entries of this.at.values()) {
      if (entries.length <= MIN_AGREEING) continue;
      for (const kind of new Set(entries.flatMap((e) => e.items.map((i) => comparisonKind(i.fact.type))))) {
        const ofKind = entries.map((e) => ({ ...e, items: e.items.filter((i) => comparisonKind(i.fact.type) === kind) })).filter((e) => e.items.length);
        const docsOf = new Map<Cluster, Set<number>>();
        for (const e of ofKind) for (const i of e.items) docsOf.set(clusterOf.get(i)!, (docsOf.get(clusterOf.get(i)!) ?? new Set()).add(e.doc));
        const ranked = [...docsOf].sort((a, b) => b[1].size - a[1].size);
        const [best, second] = ranked;
        if (!best || best[1].size < MIN_AGREEING || (second && second[1].size === best[1].size)) continue;
        const [cluster, agreeing] = best;
        const stated = ofKind.flatMap((e) => e.items.filter((i) => clusterOf.get(i) === cluster));
        const reference = stated[0]!;
        for (const item of stated.slice(1)) pairs.push({ pivot: reference, version: item, agrees: true, confidence: 1 });
        for (const e of ofKind) {
          if (agreeing.has(e.doc) || e.items.length !== 1) continue;
          const other = e.items[0]!;
          if (!mayDiffer(reference, other)) continue;
          const why = explainPair(reference, other, langs);
          pairs.push({ pivot: reference, version: other, agrees: false, why, confidence: e.strength * BESIDE * (why.explained ? 1 : 0.7) });
        }
      }
    }
    return pairs;
  }
}
