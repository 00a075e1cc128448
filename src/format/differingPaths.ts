// Which versions of a conflict say something else: those outside the value most versions
// share, or every version when no value is held by more versions than any other.
import type { Group } from '../reconcile/types.js';

export function differingPaths(group: Group): Set<string> {
  const variants = group.variants ?? [];
  const [first, second] = variants;
  const all = new Set(group.mentions.map((m) => m.path));
  if (!first || !second || second.paths.length >= first.paths.length) return all;
  return new Set(variants.slice(1).flatMap((v) => v.paths));
}
