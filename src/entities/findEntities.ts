// Names in one document: places from the gazetteer, organisations from their head words,
// people from titles, then runs of capitalised words; a word taken once is not taken again.
import type { Span } from '../types.js';
import type { EntityVocabulary } from './entityVocabulary.js';
import { findCapitalisedRuns } from './findCapitalisedRuns.js';
import { findOrganisations } from './findOrganisations.js';
import { findTitledPeople } from './findPeople.js';
import { findCuedPlaces, findPlaces } from './findPlaces.js';
import type { EntityMention, Finder } from './finder.js';
import type { Script, Token } from './tokens.js';

export type { EntityMention } from './finder.js';

/** A lone word that is the family name of a person named in full, or after a title, elsewhere in the document. */
function retypeSurnames(f: Finder, keyOf: (word: string) => string): void {
  const families = new Set(f.out.filter((m) => m.type === 'person' && (m.words.length > 1 || m.rule.endsWith('/person-title'))).map((m) => keyOf(m.words.at(-1)!)));
  // Keys of three letters or more: "ООН" is not "Ён Хо".
  for (const m of f.out) if (m.type === 'org' && m.words.length === 1 && keyOf(m.words[0]!).length >= 3 && families.has(keyOf(m.words[0]!))) m.type = 'person';
}

export function findEntities(
  text: string,
  tokens: readonly Token[],
  vocab: EntityVocabulary,
  keyOf: (word: string) => string,
  knownPeople: readonly Span[] = [],
): EntityMention[] {
  const counts = new Map<Script, number>();
  for (const t of tokens) counts.set(t.script, (counts.get(t.script) ?? 0) + 1);
  const script = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Latn';
  const f: Finder = { text, tokens, vocab, script, used: new Array(tokens.length).fill(false), out: [] };
  findPlaces(f);
  findCuedPlaces(f);
  findOrganisations(f);
  findTitledPeople(f);
  findCapitalisedRuns(f, knownPeople);
  retypeSurnames(f, keyOf);
  return f.out.sort((a, b) => a.start - b.start);
}
