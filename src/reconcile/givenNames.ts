// The people who share a family name, told apart by given name: "Kansas City" and "York City",
// "Baglan Madiyev" and "Zhaslan Madiyev". Spellings a letter apart are one given name
// ("Sergio" and "Серхио"), and a given name that another mention has as a middle name is one
// person named more or less fully ("Sutopo Purwo Nugroho", "Purwo Nugroho").
import { editDistance } from '../text/didYouMean.js';
import type { Fact } from '../types.js';

/** Names of more words are more often a title or a place glued to the name than a name. */
export const MAX_NAME_WORDS = 3;

/** The given-name key of a mention, or undefined when it names the family alone (or a word before it is no given name). */
export function givenKeyOf(fact: Fact): string | undefined {
  const parts = fact.keyParts ?? [];
  if (parts.length < 2 || parts.length > MAX_NAME_WORDS) return undefined;
  // An abbreviation before the family name ("LSU") is no given name.
  const givenWord = String(fact.value).split(/\s+/)[0]!;
  if (/^\p{Lu}{2,}$/u.test(givenWord)) return undefined;
  return parts[0];
}

/** Given-name keys mapped to one spelling each: keys a letter apart, or a middle name of the other's mention. */
export function givenNameSpellings(facts: readonly Fact[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const fact of facts) {
    const given = givenKeyOf(fact);
    if (!given || parent.has(given)) continue;
    parent.set(given, given);
    for (const other of parent.keys()) if (editDistance(other, given) <= 1) union(other, given);
  }
  for (const fact of facts) {
    const given = givenKeyOf(fact);
    if (!given) continue;
    for (const middle of (fact.keyParts ?? []).slice(1, -1)) {
      for (const other of parent.keys()) if (editDistance(other, middle) <= 1) union(given, other);
    }
  }
  return new Map([...parent.keys()].map((k) => [k, find(k)]));
}
