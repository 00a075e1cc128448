// People who share a family name but not a given name across versions: "Baglan Madiyev"
// in two versions, "Zhaslan Madiyev" in three. A version naming both is about two people
// with one family name, which is no conflict.
import type { Cluster } from './clusters.js';
import { givenKeyOf, givenNameSpellings } from './givenNames.js';
import type { StoryDocument, Variant } from './types.js';

export interface NameConflict {
  key: string;
  variants: Variant[];
  args: Record<string, string | number>;
}

/** The form most mentions use, Latin script first on a tie (readable to most users). */
function representative(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const latin = (s: string) => (/\p{Script=Latin}/u.test(s) ? 1 : 0);
  return [...counts].sort((a, b) => b[1] - a[1] || latin(b[0]) - latin(a[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * Evidence that the shared word is a family name: a version refers to the person by it
 * alone ("Madiyev said"), or names the person after a title. Two capitalised words that
 * happen to end alike ("Pengembangan Digital", "Desenvolvimento Digital") have neither.
 */
function familyNameEvidence(cluster: Cluster): boolean {
  return cluster.items.some(({ fact }) => (fact.keyParts?.length ?? 0) === 1 || /\/(?:person-title|tagger)$/.test(fact.rule));
}

/** Fewer versions cannot outvote a stray capitalised word taken into a name. */
const MIN_VERSIONS = 3;

export function nameConflict(cluster: Cluster, docs: readonly StoryDocument[]): NameConflict | undefined {
  if (cluster.docs.size < MIN_VERSIONS || !familyNameEvidence(cluster)) return undefined;
  // One spelling for keys a letter apart: "Sergio" and "Серхио", "Shawn" and "Шон" are
  // transliterations, not two people ("Baglan" and "Zhaslan" are two letters apart).
  const spelling = givenNameSpellings(cluster.items.map((i) => i.fact));
  const givenByDoc = new Map<number, Set<string>>();
  const names = new Map<string, string[]>();
  for (const { doc, fact } of cluster.items) {
    const key = givenKeyOf(fact);
    if (!key) continue;
    const given = spelling.get(key)!;
    givenByDoc.set(doc, (givenByDoc.get(doc) ?? new Set()).add(given));
    names.set(given, [...(names.get(given) ?? []), String(fact.value)]);
  }
  if (names.size < 2 || [...givenByDoc.values()].some((g) => g.size > 1)) return undefined;
  // Each given name in two versions or more: one version alone is more often a title or a
  // word glued to the name than another person.
  for (const given of names.keys()) if ([...givenByDoc.values()].filter((g) => g.has(given)).length < 2) return undefined;
  const variants: Variant[] = [...names.keys()]
    .map((given) => {
      const inDocs = [...givenByDoc].filter(([, g]) => g.has(given)).map(([d]) => d).sort((a, b) => a - b);
      return { value: representative(names.get(given)!), paths: inDocs.map((d) => docs[d]!.path), langs: inDocs.map((d) => docs[d]!.lang) };
    })
    .sort((a, b) => b.paths.length - a.paths.length);
  const family = cluster.items[0]!.fact.keyParts?.at(-1) ?? '';
  return { key: family, variants, args: { versions: givenByDoc.size, agreeing: variants[0]!.paths.length } };
}
