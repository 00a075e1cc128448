// One document's names as facts (people, organisations, places with their keys), and the
// words that could still turn out to be names once the rest of the story is known.
import type { EntityType, Fact, Span } from '../types.js';
import type { LineIndex } from '../text/lineIndex.js';
import { englishPeople } from './englishPeople.js';
import { lemmatise, type EntityVocabulary } from './entityVocabulary.js';
import { findEntities, type EntityMention } from './findEntities.js';
import { normaliseName } from './gazetteer.js';
import { nameKey, skeleton } from './nameKey.js';
import { candidateKey, type NameCandidate } from './projectEntities.js';
import { tokenize, type Token } from './tokens.js';
import { SpanSet } from '../text/SpanSet.js';
import { hasArticle } from './finder.js';

export interface EntityFacts {
  facts: Fact[];
  candidates: NameCandidate[];
}


/** The length of a prefix glued to a word in a caseless script (Arabic و, ب, ل), else 0. */
function prefixLength(word: string, vocab: EntityVocabulary): number {
  if (!vocab.caseless) return 0;
  return vocab.wordPrefixes.find((p) => word.startsWith(p) && word.length > p.length + 2)?.length ?? 0;
}



export interface NameSpan extends Span {
  /** The name as written: the document's text from start to end. */
  text: string;
  line: number;
  column: number;
}

/** An entity fact from a name: people and organisations keyed by their words, places by ISO code. */
export function entityFact(type: EntityType, at: NameSpan, words: readonly string[], vocab: EntityVocabulary, rule: string, code?: string): Fact {
  const bases = words.map((w) => lemmatise(w, vocab));
  const { key, keyParts } = code ? { key: code, keyParts: [code] } : nameKey(bases, vocab.romanizer);
  const lemma = bases.join(' ');
  return {
    type,
    text: at.text,
    start: at.start,
    end: at.end,
    line: at.line,
    column: at.column,
    value: at.text,
    key,
    keyParts,
    ...(type === 'person' && lemma !== words.join(' ') ? { lemma } : {}),
    rule,
  };
}

/**
 * Words that may be names found again through the story: capitalised words, or in a caseless
 * script every word that carries no article and is no function word.
 */
function candidatesOf(text: string, tokens: readonly Token[], vocab: EntityVocabulary, taken: SpanSet, lines: LineIndex): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const t of tokens) {
    if (t.caseless && hasArticle(t, vocab)) continue;
    // Parts of compounds count on their own: "Telegram-Benutzer".
    const parts = t.text.split(/(?<=[\p{L}\p{M}])[-‐](?=\p{L})/u);
    let offset = t.start;
    for (const whole of parts) {
      const at = offset;
      offset += whole.length + 1;
      // A caseless word may carry a glued prefix, or begin with the same letter (Arabic "بوتين"): both readings are kept.
      const cut = t.caseless ? prefixLength(whole, vocab) : 0;
      for (const skip of cut ? [0, cut] : [0]) {
        const part = whole.slice(skip);
        const span = { start: at + skip, end: at + whole.length };
        const cased = /^\p{Lu}/u.test(part) || /\p{Ll}\p{Lu}/u.test(part);
        if (!t.caseless && !cased) continue;
        const word = normaliseName(part);
        if (vocab.notNames.has(word) || ((t.sentenceStart || t.caseless) && vocab.stopwords.has(word)) || taken.overlaps(span)) continue;
        const base = lemmatise(part, vocab);
        const { key, loose } = candidateKey(base, vocab);
        // A sentence's first word, or an Arabic word read with what may be a glued prefix,
        // must match a known name closely, not just by its skeleton.
        const strict = t.sentenceStart || (cut > 0 && skip === 0);
        if (key.length >= 2) out.push({ ...span, ...lines.position(span.start), text: part, base, key, loose, ...(strict ? { strict } : {}) });
      }
    }
  }
  // The blanks to the next candidate, so a given and a family name can be joined.
  for (let i = 0; i + 1 < out.length; i++) {
    const gap = text.slice(out[i]!.end, out[i + 1]!.start);
    if (/^[ \t\u00a0]{1,3}$/.test(gap)) out[i]!.blankAfter = gap;
  }
  return out;
}

export function extractEntities(text: string, vocab: EntityVocabulary, figures: readonly Span[], lines: LineIndex): EntityFacts {
  const tokens = tokenize(text);
  const keyOf = (word: string) => skeleton(lemmatise(word, vocab), vocab.romanizer);
  const people = vocab.tagger === 'compromise' ? englishPeople(text) : [];
  // Asked of a SpanSet: testing every figure for every mention grew with their product.
  const figureSpans = new SpanSet(figures);
  const mentions: EntityMention[] = findEntities(text, tokens, vocab, keyOf, people).filter((m) => !figureSpans.overlaps(m));
  const facts = mentions.map((m) =>
    entityFact(m.type, { start: m.start, end: m.end, text: text.slice(m.start, m.end), ...lines.position(m.start) }, m.words, vocab, m.rule, m.code),
  );
  return { facts, candidates: candidatesOf(text, tokens, vocab, new SpanSet([...figures, ...mentions]), lines) };
}
