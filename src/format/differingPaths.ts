// Which versions of a conflict say something else: those reconcile names (the translations
// that differ from the original, or the versions outside a clear majority), or every version
// when it names none (two peers, or a tie).
import type { Group } from '../reconcile/types.js';

export function differingPaths(group: Group): Set<string> {
  if (group.differing?.length) return new Set(group.differing);
  return new Set(group.mentions.map((m) => m.path));
}
