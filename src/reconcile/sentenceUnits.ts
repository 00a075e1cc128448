// A version as the aligner sees it: its sentences that state facts, in order, each with the
// agreement clusters of its facts. Built from the facts alone (each knows its sentence), so
// facts read back from NDJSON align exactly as facts extracted now.
import type { Cluster, Item } from './clusters.js';
import { KIND_COUNT, kindIndex } from './comparedTypes.js';

export interface SentenceUnit {
  /** The sentence's index in its document; facts written without one use their line. */
  sentence: number;
  /** Where the sentence stands in its document, from 0 (first) to 1 (last sentence with a fact). */
  position: number;
  /** The facts of the sentence, in text order. */
  items: Item[];
  /** How many of the sentence's facts belong to each cluster. */
  clusters: Map<Cluster, number>;
  /** The same as a list, for scoring links without building anything. */
  clusterCounts: Array<[Cluster, number]>;
  /** How many of its facts are of each compared kind (comparedTypes.ts's kindIndex). */
  kinds: Int32Array;
}

export interface DocumentUnits {
  units: SentenceUnit[];
  /** In how many of the document's sentences each cluster stands: an anchor is weaker the more often it recurs. */
  sentencesWith: Map<Cluster, number>;
}

const sentenceOf = (item: Item) => item.fact.sentence ?? item.fact.line - 1;

export function sentenceUnits(clusters: readonly Cluster[], documents: number): DocumentUnits[] {
  const items: Array<Array<{ item: Item; cluster: Cluster }>> = Array.from({ length: documents }, () => []);
  for (const cluster of clusters) for (const item of cluster.items) items[item.doc]!.push({ item, cluster });
  return items.map((list) => {
    list.sort((x, y) => x.item.fact.start - y.item.fact.start);
    const bySentence = new Map<number, SentenceUnit>();
    for (const { item, cluster } of list) {
      const sentence = sentenceOf(item);
      let unit = bySentence.get(sentence);
      if (!unit) bySentence.set(sentence, (unit = { sentence, position: 0, items: [], clusters: new Map(), clusterCounts: [], kinds: new Int32Array(KIND_COUNT) }));
      unit.items.push(item);
      unit.clusters.set(cluster, (unit.clusters.get(cluster) ?? 0) + 1);
      const kind = kindIndex(item.fact.type);
      if (kind >= 0) unit.kinds[kind]!++;
    }
    const units = [...bySentence.values()].sort((a, b) => a.sentence - b.sentence);
    const last = Math.max(1, units.at(-1)?.sentence ?? 1);
    for (const unit of units) {
      unit.position = unit.sentence / last;
      unit.clusterCounts = [...unit.clusters];
    }
    const sentencesWith = new Map<Cluster, number>();
    for (const unit of units) for (const cluster of unit.clusters.keys()) sentencesWith.set(cluster, (sentencesWith.get(cluster) ?? 0) + 1);
    return { units, sentencesWith };
  });
}
