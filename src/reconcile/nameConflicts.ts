// People who share a family name but not a given name across versions: "Baglan Madiyev"
// in two versions, "Zhaslan Madiyev" in three. A version naming both is about two people
// with one family name, which is no conflict.
import { editDistance } from '../text/didYouMean.js';
import type { Cluster } from './clusters.js';
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
/** Longer mentions are more often a title or a place glued to the name than a name. */
const MAX_NAME_WORDS = 3;

export function nameConflict(cluster: Cluster, docs: readonly StoryDocument[]): NameConflict | undefined {
  if (cluster.docs.size < MIN_VERSIONS || !familyNameEvidence(cluster)) return undefined;
  // One spelling for keys a letter apart: "Sergio" and "Серхио", "Shawn" and "Шон" are
  // transliterations, not two people ("Baglan" and "Zhaslan" are two letters apart).
  const spellings: string[] = [];
  const spellingOf = (key: string) => {
    const known = spellings.find((s) => editDistance(s, key) <= 1);
    if (known) return known;
    spellings.push(key);
    return key;
  };
  const givenByDoc = new Map<number, Set<string>>();
  const names = new Map<string, string[]>();
  for (const { doc, fact } of cluster.items) {
    const parts = fact.keyParts ?? [];
    if (parts.length < 2 || parts.length > MAX_NAME_WORDS) continue;
    // An abbreviation or a possessive before the family name ("LSU", "ITV's") is no given name.
    const givenWord = String(fact.value).split(/\s+/)[0]!;
    if (/^\p{Lu}{2,}$/u.test(givenWord) || /['’]s$/u.test(givenWord)) continue;
    const given = spellingOf(parts[0]!);
    givenByDoc.set(doc, (givenByDoc.get(doc) ?? new Set()).add(given));
    names.set(given, [...(names.get(given) ?? []), String(fact.value)]);
  }
  // Given names whose other words say they are not given names: "Sutopo Purwo Nugroho" and
  // "Purwo Nugroho" are one person named more or less fully.
  const allParts = new Set(cluster.items.flatMap(({ fact }) => (fact.keyParts ?? []).slice(1, -1).map(spellingOf)));
  for (const given of [...names.keys()]) if (allParts.has(given)) return undefined;
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
