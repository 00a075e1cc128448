// What the name finders share: the document's tokens, which of them are taken, the names
// found so far, and the tests of what a word is.
import type { EntityType } from '../types.js';
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

export interface Finder {
  text: string;
  tokens: readonly Token[];
  vocab: EntityVocabulary;
  /** The script most of the document's words are in. */
  script: Script;
  /** Tokens already part of a name. */
  used: boolean[];
  out: EntityMention[];
  /** Words the document capitalises mid-sentence (built on first use). */
  capitalisedWords?: Set<string>;
}

export const MAX_NAME_WORDS = 5;

/** Only blanks between two tokens (or, where `dotted`, an abbreviation's dot: "EE. UU."). */
export function adjacent(text: string, a: Token, b: Token, dotted = false): boolean {
  return (dotted ? /^\.?[ \t\u00a0\u202f]*$/ : /^[ \t\u00a0\u202f]*$/).test(text.slice(a.end, b.start));
}

/** A word without a glued prefix (Arabic و, ب, ل) when the prefix-less word is what is listed. */
function stripPrefix(word: string, index: ReadonlyMap<string, unknown>, vocab: EntityVocabulary): string {
  if (index.has(word)) return word;
  for (const p of vocab.wordPrefixes) if (word.startsWith(p) && index.has(word.slice(p.length))) return word.slice(p.length);
  return word;
}

/** The longest cue phrase starting at token i, as its number of words (0: none). */
export function phraseAt(tokens: readonly Token[], i: number, index: PhraseIndex, vocab: EntityVocabulary): number {
  const first = tokens[i];
  if (!first) return 0;
  const candidates = index.get(stripPrefix(normaliseName(first.text), index, vocab));
  for (const { words, exact } of candidates ?? []) {
    const ok = words.every((w, k) => {
      const t = tokens[i + k];
      if (!t || (exact && t.text !== t.text.toLocaleUpperCase())) return false;
      const n = normaliseName(t.text);
      return k === 0 ? n === w || stripPrefix(n, index, vocab) === w : n === w || lemmatise(n, vocab) === w;
    });
    if (ok) return words.length;
  }
  return 0;
}

export function claim(f: Finder, from: number, to: number, mention: Omit<EntityMention, 'start' | 'end'>, span?: { start: number; end: number }): void {
  for (let k = from; k < to; k++) f.used[k] = true;
  f.out.push({ start: span?.start ?? f.tokens[from]!.start, end: span?.end ?? f.tokens[to - 1]!.end, ...mention });
}

/** Gives back the tokens of a name found earlier, to be taken into a longer one. */
export function release(f: Finder, mention: EntityMention): void {
  f.out.splice(f.out.indexOf(mention), 1);
  f.tokens.forEach((t, k) => {
    if (t.start >= mention.start && t.end <= mention.end) f.used[k] = false;
  });
}

/** The name found at token k, if any. */
export function mentionAt(f: Finder, k: number): EntityMention | undefined {
  const t = f.tokens[k];
  return t && f.out.find((m) => m.start <= t.start && t.end <= m.end);
}

export const isParticle = (t: Token | undefined, vocab: EntityVocabulary) => t !== undefined && vocab.particles.has(normaliseName(t.text));

/**
 * A capitalised word (in a script with capitals) that is not a listed non-name and not a
 * compound with a long lower-case part ("KI-gestützte"; but "Tae-yong", "Jae-in" are names).
 */
export function isCapitalisedName(t: Token, vocab: EntityVocabulary): boolean {
  if (t.caseless || !(t.capitalised || t.camel) || /-\p{Ll}{5,}/u.test(t.text)) return false;
  const word = normaliseName(t.text);
  return !vocab.notNames.has(word) && !(t.sentenceStart && vocab.stopwords.has(word));
}

/** A word with the pack's definite article glued on (Arabic ال، وال، بال، لل). */
export function hasArticle(t: Token, vocab: EntityVocabulary): boolean {
  return vocab.article?.test(t.text) ?? false;
}

/** A word of a name after a title: capitalised, or in a caseless script any word but a function word or one with the article. */
export function isNameWord(t: Token, vocab: EntityVocabulary): boolean {
  if (t.caseless) {
    const word = normaliseName(t.text);
    return !vocab.notNames.has(word) && !vocab.stopwords.has(word) && !hasArticle(t, vocab);
  }
  return isCapitalisedName(t, vocab);
}

/** The token before k, skipping particles ("presidente dos EUA"). */
export function beforeParticles(f: Finder, k: number): number {
  let j = k - 1;
  while (j >= 0 && isParticle(f.tokens[j], f.vocab)) j--;
  return j;
}

/** A word capitalised in the middle of a sentence somewhere in the document. */
export function capitalisedMidSentence(f: Finder, word: string): boolean {
  f.capitalisedWords ??= new Set(f.tokens.filter((t) => !t.sentenceStart && t.capitalised).map((t) => t.text));
  return f.capitalisedWords.has(word);
}


/** A title right after a name, as an apposition: "Pavel Durov, CEO von Telegram". */
export function titleFollows(f: Finder, end: number): boolean {
  const next = f.tokens[end];
  if (!next) return false;
  return /^\s*,?\s*$/.test(f.text.slice(f.tokens[end - 1]!.end, next.start)) && phraseAt(f.tokens, end, f.vocab.personCues, f.vocab) > 0;
}

/**
 * Whether a head word is written as part of a name: in cased scripts capitalised, or after a
 * capitalised word of the name ("Торговой палате", "Верховный суд"), unless the language
 * writes heads in lower case anyway.
 */
export function cueCounts(f: Finder, k: number): boolean {
  const t = f.tokens[k]!;
  if (f.vocab.caseless || t.caseless || t.capitalised || f.vocab.orgTailLowercase) return true;
  const before = f.tokens[k - 1];
  return before !== undefined && isCapitalisedName(before, f.vocab) && adjacent(f.text, before, t) && (!before.sentenceStart || capitalisedMidSentence(f, before.text));
}
