// Names across the documents of one story. A name found with evidence in one version
// (a title, a Latin brand in Cyrillic text, a full name) is found again, by its key, in the
// versions where nothing marked it: Arabic has no capitals, German capitalises every noun,
// and a family name often stands alone. Only words that could be names are matched.
import type { EntityType, Fact } from '../types.js';
import { SpanSet } from '../text/SpanSet.js';
import type { EntityVocabulary } from './entityVocabulary.js';
import { looseKey, skeleton } from './nameKey.js';
import type { Romanizer } from './romanize.js';

/** A word of a document that could be (part of) a name, kept from extraction for this step. */
export interface NameCandidate {
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  /** The blanks between this word and the next candidate, when only blanks are between them. */
  blankAfter?: string;
  /** The word without a glued prefix or inflection, as keyed. */
  base: string;
  key: string;
  loose: string;
  /** Matches a known name only by its loose spelling too (a sentence's first word, a word that may carry a prefix). */
  strict?: boolean;
}

export interface StoryDocument {
  lang: string;
  facts: Fact[];
  candidates: readonly NameCandidate[];
}

/** Keys shorter than this match only when the looser spelling agrees too. */
const SHORT_KEY = 3;

interface KnownName {
  type: EntityType;
  /** Loose spellings of the words this key came from. */
  loose: Set<string>;
  /** For a given name: the family names it was seen with. */
  families: Set<string>;
}

const isEntity = (f: Fact): f is Fact & { type: EntityType } => f.type === 'person' || f.type === 'org' || f.type === 'place';

/** What each key names, by majority over the story's mentions. */
function knownNames(docs: readonly StoryDocument[], romanizerOf: (lang: string) => Romanizer): { families: Map<string, KnownName>; givens: Map<string, KnownName>; orgs: Map<string, KnownName> } {
  const votes = new Map<string, Map<EntityType, number>>();
  const loose = new Map<string, Set<string>>();
  const givens = new Map<string, KnownName>();
  const note = (key: string, type: EntityType, word: string, lang: string, weight: number) => {
    const byType = votes.get(key) ?? new Map<EntityType, number>();
    byType.set(type, (byType.get(type) ?? 0) + weight);
    votes.set(key, byType);
    const set = loose.get(key) ?? new Set<string>();
    set.add(looseKey(word, romanizerOf(lang)));
    loose.set(key, set);
  };
  for (const doc of docs) {
    for (const f of doc.facts) {
      if (!isEntity(f) || f.type === 'place' || !f.keyParts?.length) continue;
      const words = String(f.lemma ?? f.value).split(/\s+/);
      // A name typed by evidence (a title, a tagger, a full name) outweighs one typed by its shape.
      const weight = /\/(?:person-title|tagger|org-cue)$/.test(f.rule) || f.keyParts.length > 1 ? 3 : 1;
      if (f.type === 'person') {
        const family = f.keyParts.at(-1)!;
        note(family, 'person', words.at(-1)!, doc.lang, weight);
        if (f.keyParts.length > 1) {
          const given = f.keyParts[0]!;
          const known = givens.get(given) ?? { type: 'person' as const, loose: new Set<string>(), families: new Set<string>() };
          known.loose.add(looseKey(words[0]!, romanizerOf(doc.lang)));
          known.families.add(family);
          givens.set(given, known);
        }
      } else if (f.keyParts.length === 1) note(f.keyParts[0]!, f.type, words[0]!, doc.lang, weight);
    }
  }
  const families = new Map<string, KnownName>();
  const orgs = new Map<string, KnownName>();
  for (const [key, byType] of votes) {
    const [type] = [...byType].sort((a, b) => b[1] - a[1] || (a[0] === 'person' ? -1 : 1))[0]!;
    const known = { type, loose: loose.get(key)!, families: new Set<string>() };
    (type === 'person' ? families : orgs).set(key, known);
  }
  return { families, givens, orgs };
}

function matches(c: NameCandidate, known: KnownName | undefined): boolean {
  if (!known) return false;
  return (c.key.length >= SHORT_KEY && !c.strict) || known.loose.has(c.loose);
}

export interface ProjectedName {
  type: EntityType;
  /** The first candidate word of the name (its position). */
  first: NameCandidate;
  end: number;
  /** The name as written. */
  text: string;
  /** Its words in base form, for the key. */
  words: string[];
}

export interface StoryNames {
  /** New name mentions for each document of the story, in document order. */
  added: ProjectedName[][];
  /** Keys the story knows as family names of people: a lone word with one is a person. */
  familyKeys: ReadonlySet<string>;
}

/** `romanizerOf`: how each document's language romanises its names (see romanize.ts). */
export function projectNames(docs: readonly StoryDocument[], romanizerOf: (lang: string) => Romanizer): StoryNames {
  const { families, givens, orgs } = knownNames(docs, romanizerOf);
  const added = docs.map((doc) => {
    const found: ProjectedName[] = [];
    const cands = doc.candidates;
    const facts = new SpanSet(doc.facts);
    let lastEnd = -1;
    const taken = (start: number, end: number) => facts.overlaps({ start, end }) || start < lastEnd;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i]!;
      if (taken(c.start, c.end)) continue;
      const next = cands[i + 1];
      const given = givens.get(c.key);
      // "Pavel Durov": a given name followed by a family name it was seen with.
      const add = (p: ProjectedName) => {
        found.push(p);
        lastEnd = p.end;
      };
      if (given && next && c.blankAfter !== undefined && matches(c, given) && given.families.has(next.key) && matches(next, families.get(next.key)) && !taken(next.start, next.end)) {
        add({ type: 'person', first: c, end: next.end, text: c.text + c.blankAfter + next.text, words: [c.base, next.base] });
        i++;
        continue;
      }
      const family = families.get(c.key);
      const org = orgs.get(c.key);
      if (matches(c, family)) add({ type: 'person', first: c, end: c.end, text: c.text, words: [c.base] });
      else if (matches(c, org)) add({ type: org!.type, first: c, end: c.end, text: c.text, words: [c.base] });
    }
    return found;
  });
  return { added, familyKeys: new Set(families.keys()) };
}

const keys = new Map<string, { key: string; loose: string }>();

/** The key of one word in a language, for candidates (remembered: words recur). */
export function candidateKey(base: string, vocab: EntityVocabulary): { key: string; loose: string } {
  const id = `${vocab.lang}\u0000${base}`;
  let found = keys.get(id);
  if (!found) {
    if (keys.size > 100_000) keys.clear();
    found = { key: skeleton(base, vocab.romanizer), loose: looseKey(base, vocab.romanizer) };
    keys.set(id, found);
  }
  return found;
}
