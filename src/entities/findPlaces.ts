// Places: the longest run of words that is a CLDR country name (or one of the pack's), with
// an inflected last word or a glued prefix allowed; and names after a place word.
import { lemmatise } from './entityVocabulary.js';
import { adjacent, beforeParticles, claim, isCapitalisedName, isNameWord, isParticle, MAX_NAME_WORDS, phraseAt, type Finder } from './finder.js';
import { placeKey } from './gazetteer.js';

/** The ISO code of the words i..i+n-1, and where the name starts (after a glued prefix). */
function placeAt(f: Finder, i: number, n: number): { code: string; start: number } | undefined {
  const { tokens, vocab } = f;
  const { names } = vocab.gazetteer;
  const last = tokens[i + n - 1]!;
  // As written between the words ("Côte d’Ivoire" has no blank after the apostrophe).
  const written = f.text.slice(tokens[i]!.start, last.end);
  const asWritten = placeKey(written).replace(/'s$/, '');
  const lemma = placeKey(f.text.slice(tokens[i]!.start, last.start) + lemmatise(last.text, vocab));
  const code = names.get(asWritten) ?? names.get(lemma);
  if (code) return { code, start: tokens[i]!.start };
  // "بكازاخستان", "لفرنسا": a glued prefix before the name.
  const prefix = vocab.wordPrefixes.find((p) => asWritten.startsWith(p) && names.has(asWritten.slice(p.length)));
  return prefix ? { code: names.get(asWritten.slice(prefix.length))!, start: tokens[i]!.start + prefix.length } : undefined;
}

/**
 * "Chad Hammel", "Jordan Peterson": a country's name inside a longer capitalised name is not
 * the country. A title or head word before it does not make a longer name ("Presiden Rusia
 * Vladimir Putin"), nor does a sentence's first word.
 */
function inLongerName(f: Finder, i: number, n: number): boolean {
  const { tokens, vocab, text } = f;
  if (vocab.caseless || vocab.capitalisedNouns) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + n];
  const last = tokens[i + n - 1]!;
  const cueAt = beforeParticles(f, i);
  const cueBefore = cueAt >= 0 && (phraseAt(tokens, cueAt, vocab.personCues, vocab) > 0 || phraseAt(tokens, cueAt, vocab.orgCues, vocab) > 0);
  const nameAfter = !cueBefore && next !== undefined && isCapitalisedName(next, vocab) && adjacent(text, last, next);
  const nameBefore = prev !== undefined && !prev.sentenceStart && !cueBefore && isCapitalisedName(prev, vocab) && adjacent(text, prev, tokens[i]!);
  return nameAfter || nameBefore;
}

/** Whether a token may begin a place name: its first letters begin one, here or after a glued prefix. */
function mayStartPlace(f: Finder, word: string): boolean {
  const lower = word.toLocaleLowerCase().replace(/\./g, '');
  const { starts } = f.vocab.gazetteer;
  return starts.has(lower.slice(0, 4)) || f.vocab.wordPrefixes.some((p) => lower.startsWith(p) && starts.has(lower.slice(p.length, p.length + 4)));
}

export function findPlaces(f: Finder): void {
  const { tokens, vocab, text } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (f.used[i] || (!vocab.caseless && !tokens[i]!.caseless && !tokens[i]!.capitalised)) continue;
    if (!mayStartPlace(f, tokens[i]!.text)) continue;
    for (let n = Math.min(vocab.gazetteer.longest, tokens.length - i); n >= 1; n--) {
      if (n > 1 && !tokens.slice(i, i + n - 1).every((t, k) => adjacent(text, t, tokens[i + k + 1]!, true))) continue;
      const place = placeAt(f, i, n);
      if (!place || inLongerName(f, i, n)) continue;
      claim(f, i, i + n, { type: 'place', words: tokens.slice(i, i + n).map((t) => t.text), rule: `${vocab.lang}/place`, code: place.code }, { start: place.start, end: tokens[i + n - 1]!.end });
      i += n - 1;
      break;
    }
  }
}

/**
 * A place named after a place word: "República do Cazaquistão", "город Алматы", "مدينة
 * نيويورك". The name is a gazetteer place (its ISO code is the key) or the words of a name.
 */
export function findCuedPlaces(f: Finder): void {
  const { tokens, vocab, text } = f;
  for (let i = 0; i < tokens.length; i++) {
    const cue = phraseAt(tokens, i, vocab.placeCues, vocab);
    if (!cue || f.used[i]) continue;
    let k = i + cue;
    while (k < tokens.length && isParticle(tokens[k], vocab)) k++;
    // The name follows the place word in the same sentence ("Kanye West. The …" is no place).
    if (!tokens[k] || !adjacent(text, tokens[k - 1]!, tokens[k]!)) continue;
    const named = f.out.find((m) => m.type === 'place' && m.start === tokens[k]?.start);
    if (named) {
      // Take the cue into the place found by name.
      named.start = tokens[i]!.start;
      for (let j = i; j < k; j++) f.used[j] = true;
      continue;
    }
    const most = tokens[k]?.caseless ? 2 : MAX_NAME_WORDS;
    let end = k;
    while (end < tokens.length && end - k < most && !f.used[end] && isNameWord(tokens[end]!, vocab) && (end === k || adjacent(text, tokens[end - 1]!, tokens[end]!))) end++;
    if (end > k) claim(f, i, end, { type: 'place', words: tokens.slice(k, end).map((t) => t.text), rule: `${vocab.lang}/place-cue` });
  }
}
