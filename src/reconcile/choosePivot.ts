// The version the others are aligned to when no original is named: the one that shares the
// most facts with the others (each fact it states counts once per other version stating it),
// the first in path order on a tie. Linear in the facts: no pair of versions is compared.
import type { Cluster } from './clusters.js';

export function choosePivot(clusters: readonly Cluster[], documents: number): number {
  const shared = new Float64Array(documents);
  for (const cluster of clusters) {
    const others = cluster.docs.size - 1;
    if (others > 0) for (const doc of cluster.docs) shared[doc]! += others;
  }
  let best = 0;
  for (let d = 1; d < documents; d++) if (shared[d]! > shared[best]!) best = d;
  return best;
}
