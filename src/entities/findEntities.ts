// Names in one document: places from the gazetteer, organisations from their head words
// and company forms, people from titles and the shape of names, and — in scripts with
// capital letters — runs of capitalised words typed by the evidence around them.
import type { EntityType, Span } from '../types.js';
import { lemmatise, type EntityVocabulary, type PhraseIndex } from './entityVocabulary.js';
import { normaliseName } from './gazetteer.js';
import type { Script, Token } from './tokens.js';

export interface EntityMention {
  type: EntityType;
  start: number;
  end: number;
  /** The words of the name itself (no title, no article), for its key. */
  words: string[];
  rule: string;
  /** Places: ISO 3166 code. */
  code?: string;
}

const MAX_NAME_WORDS = 5;
const MAX_ORG_WORDS = 12;

/** Only blanks (or a hyphen inside a name) between two tokens. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[ \t\u00a0\u202f]*$/.test(text.slice(a.end, b.start));
}

/** The longest cue phrase starting at token i, as its number of words. */
function phraseAt(tokens: readonly Token[], i: number, index: PhraseIndex, vocab: EntityVocabulary): number {
  const first = tokens[i];
  if (!first) return 0;
  const candidates = index.get(stripPrefix(normaliseName(first.text), index, vocab)) ?? index.get(normaliseName(first.text));
  for (const words of candidates ?? []) {
    const ok = words.every((w, k) => {
      const t = tokens[i + k];
      if (!t) return false;
      const n = normaliseName(t.text);
      return k === 0 ? n === w || stripPrefix(n, index, vocab) === w : n === w || lemmatise(n, vocab) === w;
    });
    if (ok) return words.length;
  }
  return 0;
}

/** A word without a glued prefix (Arabic و, ب, ل) when the prefix-less word is what is listed. */
function stripPrefix(word: string, index: PhraseIndex | ReadonlyMap<string, unknown>, vocab: EntityVocabulary): string {
  if (index.has(word)) return word;
  for (const p of vocab.wordPrefixes) if (word.startsWith(p) && index.has(word.slice(p.length))) return word.slice(p.length);
  return word;
}

interface Finder {
  text: string;
  tokens: readonly Token[];
  vocab: EntityVocabulary;
  /** The script most of the document's words are in. */
  script: Script;
  used: boolean[];
  out: EntityMention[];
}

function claim(f: Finder, from: number, to: number, mention: Omit<EntityMention, 'start' | 'end'>, span?: { start: number; end: number }): void {
  for (let k = from; k < to; k++) f.used[k] = true;
  f.out.push({ start: span?.start ?? f.tokens[from]!.start, end: span?.end ?? f.tokens[to - 1]!.end, ...mention });
}

/**
 * A place named after a place word: "República do Cazaquistão", "город Алматы", "Republik
 * Moldau". The name is a gazetteer place (its ISO code is the key) or capitalised words.
 */
function findCuedPlaces(f: Finder): void {
  const { tokens, vocab, text } = f;
  for (let i = 0; i < tokens.length; i++) {
    const cue = phraseAt(tokens, i, vocab.placeCues, vocab);
    if (!cue || f.used[i]) continue;
    let k = i + cue;
    while (k < tokens.length && vocab.particles.has(normaliseName(tokens[k]!.text))) k++;
    const named = f.out.find((m) => m.type === 'place' && m.start === tokens[k]?.start);
    if (named) {
      // Take the cue into the place found by name.
      named.start = tokens[i]!.start;
      for (let j = i; j < k; j++) f.used[j] = true;
      continue;
    }
    let end = k;
    while (end < tokens.length && end - k < MAX_NAME_WORDS && !f.used[end] && isCapitalisedName(tokens[end]!, vocab) && adjacent(text, tokens[end - 1]!, tokens[end]!)) end++;
    if (end > k) claim(f, i, end, { type: 'place', words: tokens.slice(k, end).map((t) => t.text), rule: `${vocab.lang}/place-cue` });
  }
}

/** Places: the longest run of words that is a CLDR name, allowing an inflected last word. */
function findPlaces(f: Finder): void {
  const { tokens, vocab, text } = f;
  const { names, longest } = vocab.gazetteer;
  for (let i = 0; i < tokens.length; i++) {
    if (f.used[i]) continue;
    if (!vocab.caseless && !tokens[i]!.capitalised) continue;
    for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
      const last = tokens[i + n - 1]!;
      if (n > 1 && !tokens.slice(i, i + n - 1).every((t, k) => adjacent(text, t, tokens[i + k + 1]!))) continue;
      const words = tokens.slice(i, i + n).map((t) => t.text);
      const asWritten = normaliseName(words.join(' ')).replace(/'s$/, '');
      let code = names.get(asWritten) ?? names.get(normaliseName([...words.slice(0, -1), lemmatise(last.text, vocab)].join(' ')));
      let start = tokens[i]!.start;
      if (!code && vocab.wordPrefixes.length) {
        // "بكازاخستان", "لفرنسا": a glued prefix before the name.
        const prefix = vocab.wordPrefixes.find((p) => asWritten.startsWith(p) && names.has(asWritten.slice(p.length)));
        if (prefix) {
          code = names.get(asWritten.slice(prefix.length));
          start += prefix.length;
        }
      }
      // "Chad Hammel", "Jordan Peterson": a country's name inside a longer name is not the country.
      const next = tokens[i + n];
      const prev = tokens[i - 1];
      const inLongerName =
        !vocab.caseless &&
        !vocab.capitalisedNouns &&
        ((next && isCapitalisedName(next, vocab) && adjacent(text, last, next)) ||
          (prev && !tokens[i]!.sentenceStart && isCapitalisedName(prev, vocab) && adjacent(text, prev, tokens[i]!)));
      if (code && !inLongerName) {
        claim(f, i, i + n, { type: 'place', words, rule: `${vocab.lang}/place`, code }, { start, end: last.end });
        i += n - 1;
        break;
      }
    }
  }
}

/** Where an organisation's name that starts at token `from` ends (exclusive). */
function orgEnd(f: Finder, from: number): number {
  const { tokens, text, vocab } = f;
  let end = from + 1;
  while (end < tokens.length && end - from < MAX_ORG_WORDS) {
    const t = tokens[end]!;
    const gap = text.slice(tokens[end - 1]!.end, t.start);
    // A comma only joins a list of capitalised words ("Digital, Inovações e Indústria").
    if (!/^\s*$/.test(gap) && !(/^,\s*$/.test(gap) && t.capitalised && !vocab.caseless)) break;
    const word = normaliseName(t.text);
    const inName = vocab.caseless
      ? /^(?:و|ب|ل)?ال/.test(t.text) || /^(?:و|ب|ل)?ال/.test(tokens[end + 1]?.text ?? '')
      : t.capitalised || t.allCaps || vocab.particles.has(word) || (vocab.orgTailLowercase && !vocab.notNames.has(word)) || (vocab.orgTailLowercase && word === 'и');
    if (!inName || f.used[end]) break;
    end++;
  }
  // Particles do not end a name ("Ministerium für").
  while (end - 1 > from && vocab.particles.has(normaliseName(tokens[end - 1]!.text))) end--;
  return end;
}

/** Organisations headed by a cue word ("Ministerium", "Министерство", "وزارة", "Câmara"). */
function findOrganisations(f: Finder): void {
  const { tokens, vocab } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (f.used[i]) continue;
    const cue = phraseAt(tokens, i, vocab.orgCues, vocab);
    if (!cue) continue;
    let start = i;
    // Capitalised words just before a cue belong to the name ("Deutsche Bank", "Торговой палатой").
    while (!vocab.caseless && start > 0 && !f.used[start - 1] && tokens[start - 1]!.capitalised
      && adjacent(f.text, tokens[start - 1]!, tokens[start]!) && !vocab.notNames.has(normaliseName(tokens[start - 1]!.text))) start--;
    const end = Math.max(i + cue, orgEnd(f, i + cue - 1));
    // A head word alone ("the ministry said", "die Polizei") is not a name.
    if (end - start === cue) continue;
    claim(f, start, end, { type: 'org', words: tokens.slice(start, end).map((t) => t.text), rule: `${vocab.lang}/org-cue` });
    i = end - 1;
  }
}

/**
 * A capitalised word (in a script with capitals) that is not a listed non-name and not a
 * compound with a lower-case part ("KI-gestützte": names keep capitals after a hyphen).
 */
function isCapitalisedName(t: Token, vocab: EntityVocabulary): boolean {
  return t.script !== 'Arab' && (t.capitalised || t.camel) && !/-\p{Ll}/u.test(t.text) && !vocab.notNames.has(normaliseName(t.text));
}

/** Words of the document's own script within a few words, on the same line: a foreign word is then quoted, not a foreign sentence. */
function amidOwnScript(f: Finder, from: number, to: number): boolean {
  const near = (k: number) => {
    const t = f.tokens[k];
    if (!t || t.script !== f.script) return false;
    const between = k < from ? f.text.slice(t.end, f.tokens[from]!.start) : f.text.slice(f.tokens[to - 1]!.end, t.start);
    return !between.includes('\n');
  };
  for (let k = Math.max(0, from - 6); k < Math.min(f.tokens.length, to + 6); k++) if ((k < from || k >= to) && near(k)) return true;
  return false;
}

/** A word capitalised in the middle of a sentence somewhere in the document. */
function capitalisedMidSentence(f: Finder, word: string): boolean {
  return f.tokens.some((t) => t.text === word && !t.sentenceStart);
}

/** A word of a name after a title: capitalised, or in a caseless script any word but a function word or one with the article. */
function isNameWord(t: Token, vocab: EntityVocabulary): boolean {
  if (t.script === 'Arab') return !vocab.notNames.has(normaliseName(t.text)) && !/^(?:و|ب|ل)?ال/.test(t.text);
  return isCapitalisedName(t, vocab);
}

/** People named after a title ("Minister Zhaslan Madiyev", "الوزير زهاسلان مادييف"). */
function findTitledPeople(f: Finder): void {
  const { tokens, vocab, text } = f;
  for (let i = 0; i < tokens.length; i++) {
    const cue = phraseAt(tokens, i, vocab.personCues, vocab);
    if (!cue) continue;
    let k = i + cue;
    const start = k;
    while (k < tokens.length && k - start < MAX_NAME_WORDS && !f.used[k] && isNameWord(tokens[k]!, vocab) && adjacent(text, tokens[k - 1]!, tokens[k]!)) {
      // In cased scripts a name goes on over particles ("Ursula von der Leyen").
      k++;
      while (!vocab.caseless && k + 1 < tokens.length && vocab.particles.has(normaliseName(tokens[k]!.text)) && isNameWord(tokens[k + 1]!, vocab)) k++;
    }
    if (k === start) continue;
    // Caseless scripts: a title names one or two words at most before the verb.
    const end = vocab.caseless ? Math.min(k, start + 3) : k;
    claim(f, start, end, { type: 'person', words: tokens.slice(start, end).map((t) => t.text), rule: `${vocab.lang}/person-title` });
    i = end - 1;
  }
}

/** A title right after a name, as an apposition: "Pavel Durov, CEO von Telegram". */
function titleFollows(f: Finder, end: number): boolean {
  const next = f.tokens[end];
  if (!next) return false;
  return /^\s*,?\s*$/.test(f.text.slice(f.tokens[end - 1]!.end, next.start)) && phraseAt(f.tokens, end, f.vocab.personCues, f.vocab) > 0;
}

/** Runs of capitalised words in cased scripts, typed by what they are made of. */
function findCapitalisedRuns(f: Finder): void {
  const { tokens, vocab, text } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (f.used[i] || !isCapitalisedName(tokens[i]!, vocab)) continue;
    let end = i + 1;
    while (end < tokens.length && !f.used[end] && adjacent(text, tokens[end - 1]!, tokens[end]!) && tokens[end]!.script === tokens[i]!.script) {
      if (isCapitalisedName(tokens[end]!, vocab)) end++;
      // A particle joins two parts of a name ("Ursula von der Leyen"), but where every noun is
      // capitalised it mostly joins two nouns ("Kauf von Diensten").
      else if (!vocab.capitalisedNouns && vocab.particles.has(normaliseName(tokens[end]!.text)) && tokens[end + 1] && isCapitalisedName(tokens[end + 1]!, vocab) && adjacent(text, tokens[end]!, tokens[end + 1]!)) end += 2;
      else break;
    }
    let start = i;
    const words = () => tokens.slice(start, end);
    // A sentence's first word is capitalised by grammar: it is part of a name only with other
    // evidence (a title after the name, or the word capitalised mid-sentence elsewhere).
    const first = tokens[start]!;
    if (first.sentenceStart && !first.camel && !first.allCaps && first.script === f.script && !titleFollows(f, end) && !capitalisedMidSentence(f, first.text)) start++;
    while (start < end && vocab.particles.has(normaliseName(tokens[start]!.text))) start++;
    if (start === end) continue;
    const run = words();
    const foreign = run[0]!.script !== f.script;
    if (foreign && !amidOwnScript(f, start, end)) {
      i = end - 1;
      continue;
    }
    let type: EntityType | undefined;
    if (phraseAt(tokens, end, vocab.orgSuffixes, vocab)) {
      type = 'org';
      end += phraseAt(tokens, end, vocab.orgSuffixes, vocab);
    } else if (run.length === 1) {
      const t = run[0]!;
      if (t.camel || t.allCaps || foreign) type = 'org';
      else if (!vocab.capitalisedNouns && !t.sentenceStart) type = 'org';
    } else if (foreign) type = 'org';
    else if (run.length <= 4 && run.every((t) => !t.allCaps)) type = vocab.capitalisedNouns && !titleFollows(f, end) && run.length > 3 ? undefined : 'person';
    else type = 'org';
    if (type) claim(f, start, end, { type, words: tokens.slice(start, end).map((t) => t.text), rule: `${vocab.lang}/capitalised` });
    i = end - 1;
  }
}

/** A lone word that is the family name of a person named in full elsewhere in the document. */
function retypeSurnames(f: Finder, keyOf: (word: string) => string): void {
  const families = new Set(f.out.filter((m) => m.type === 'person' && m.words.length > 1).map((m) => keyOf(m.words.at(-1)!)));
  for (const m of f.out) if (m.type === 'org' && m.words.length === 1 && families.has(keyOf(m.words[0]!))) m.type = 'person';
}

/** People another tagger found (compromise, for English), taken before capitalised runs are typed. */
function claimKnownPeople(f: Finder, people: readonly Span[]): void {
  for (const span of people) {
    const from = f.tokens.findIndex((t) => t.start >= span.start && t.end <= span.end);
    if (from < 0) continue;
    let to = from;
    while (to < f.tokens.length && f.tokens[to]!.end <= span.end) to++;
    if (f.used.slice(from, to).some(Boolean)) continue;
    const words = f.tokens.slice(from, to).filter((t) => !f.vocab.personCues.has(normaliseName(t.text)));
    if (words.length === 0) continue;
    claim(f, from, to, { type: 'person', words: words.map((t) => t.text), rule: `${f.vocab.lang}/tagger` }, { start: words[0]!.start, end: words.at(-1)!.end });
  }
}

export function findEntities(
  text: string,
  tokens: readonly Token[],
  vocab: EntityVocabulary,
  keyOf: (word: string) => string,
  knownPeople: readonly Span[] = [],
): EntityMention[] {
  const counts: Record<Script, number> = { Latn: 0, Cyrl: 0, Arab: 0, other: 0 };
  for (const t of tokens) counts[t.script]++;
  const script = (Object.entries(counts) as Array<[Script, number]>).sort((a, b) => b[1] - a[1])[0]![0];
  const f: Finder = { text, tokens, vocab, script, used: new Array(tokens.length).fill(false), out: [] };
  findPlaces(f);
  findCuedPlaces(f);
  findOrganisations(f);
  findTitledPeople(f);
  claimKnownPeople(f, knownPeople);
  findCapitalisedRuns(f);
  retypeSurnames(f, keyOf);
  return f.out.sort((a, b) => a.start - b.start);
}
