// A version as the aligner sees it: its sentences that state facts, in order, each with the
// agreement clusters of its facts. Built from the facts alone (each knows its sentence), so
// facts read back from NDJSON align exactly as facts extracted now.
import type { Cluster, Item } from './clusters.js';
import { KIND_COUNT, kindIndex } from './comparedTypes.js';

export interface SentenceUnit {
  /** The sentence's index in its document; facts written without one use their line. */
  sentence: number;
  /** The facts of the sentence, in text order. */
  items: Item[];
  /** How many of the sentence's facts belong to each cluster. */
  clusters: Map<Cluster, number>;
  /** The same as two arrays, the clusters' ids and their counts, for scoring links without building anything. */
  clusterIds: number[];
  clusterCounts: number[];
  /** How many of its facts are of each compared kind (comparedTypes.ts's kindIndex). */
  kinds: number[];
}

export interface DocumentUnits {
  units: SentenceUnit[];
  /** In how many of the document's sentences each cluster stands: an anchor is weaker the more often it recurs. */
  sentencesWith: Map<Cluster, number>;
  /** The index of its last sentence with a fact. */
  lastSentence: number;
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
      if (!unit) bySentence.set(sentence, (unit = { sentence, items: [], clusters: new Map(), clusterIds: [], clusterCounts: [], kinds: new Array<number>(KIND_COUNT).fill(0) }));
      unit.items.push(item);
      unit.clusters.set(cluster, (unit.clusters.get(cluster) ?? 0) + 1);
      const kind = kindIndex(item.fact.type);
      if (kind >= 0) unit.kinds[kind]!++;
    }
    const units = [...bySentence.values()].sort((a, b) => a.sentence - b.sentence);
    for (const unit of units) {
      for (const [cluster, count] of unit.clusters) {
        unit.clusterIds.push(cluster.id);
        unit.clusterCounts.push(count);
      }
    }
    const sentencesWith = new Map<Cluster, number>();
    for (const unit of units) for (const cluster of unit.clusters.keys()) sentencesWith.set(cluster, (sentencesWith.get(cluster) ?? 0) + 1);
    return { units, sentencesWith, lastSentence: units.at(-1)?.sentence ?? 0 };
  });
}
