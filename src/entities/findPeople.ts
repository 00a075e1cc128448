// People named after a title ("Minister Zhaslan Madiyev", "Presiden Rusia Vladimir Putin",
// "الوزير زهاسلان مادييف"), and people another tagger found (compromise, for English).
import { normaliseName } from './gazetteer.js';
import { adjacent, claim, hasArticle, isNameWord, isParticle, MAX_NAME_WORDS, mentionAt, phraseAt, type Finder } from './finder.js';

/** Caseless names after a title are short; longer runs take in the verb or object. */
const MAX_CASELESS_NAME_WORDS = 4;

/**
 * Words between a title and the name: a country ("Presiden Rusia"), an abbreviation or a
 * brand ("Ketua KPK", "основатель Telegram"), an adjective ("presidente russo", "الرئيس الأمريكي").
 */
function skipModifiers(f: Finder, k: number): number {
  let skipped = 0;
  while (skipped < 3 && k < f.tokens.length) {
    const t = f.tokens[k]!;
    const next = f.tokens[k + 1];
    const place = mentionAt(f, k);
    const modifier =
      (place?.type === 'place' && place.start === t.start) ||
      (t.allCaps && !t.caseless) ||
      (t.script !== f.script && !t.caseless && f.script !== 'Latn') ||
      (t.caseless && hasArticle(t, f.vocab)) ||
      (!f.vocab.caseless && !t.capitalised && skipped === 0 && next !== undefined && isNameWord(next, f.vocab) && !isParticle(t, f.vocab) && !f.vocab.stopwords.has(normaliseName(t.text)));
    if (!modifier || !next) break;
    k = place ? f.tokens.findIndex((x) => x.start >= place.end) : k + 1;
    if (k < 0) return f.tokens.length;
    skipped++;
  }
  return k;
}

/** A caseless word that ends a name: the pack's notNameEnding (Arabic "تحقيقًا") or a glued prefix on a common word ("وأخرى"). */
function endsCaselessName(f: Finder, k: number): boolean {
  const word = f.tokens[k]!.text;
  if (f.vocab.notNameEnding?.test(word)) return true;
  return f.vocab.wordPrefixes.some((p) => word.startsWith(p) && f.vocab.notNames.has(normaliseName(word.slice(p.length))));
}

export function findTitledPeople(f: Finder): void {
  const { tokens, vocab, text } = f;
  for (let i = 0; i < tokens.length; i++) {
    const cue = phraseAt(tokens, i, vocab.personCues, vocab);
    if (!cue) continue;
    // "Dra. Ana Gomes": the title may end in a dot.
    if (tokens[i + cue] && !adjacent(text, tokens[i + cue - 1]!, tokens[i + cue]!, true)) continue;
    const start = skipModifiers(f, i + cue);
    const caseless = tokens[start]?.caseless ?? false;
    const script = tokens[start]?.script;
    const most = caseless ? MAX_CASELESS_NAME_WORDS : MAX_NAME_WORDS;
    let k = start;
    // A name stays in one script and ends at an abbreviation ("Трампа ФБР", "Павел Дуров Telegram").
    const inName = (t: (typeof tokens)[number]) => isNameWord(t, vocab) && t.script === script && !(t.allCaps && !caseless);
    while (k < tokens.length && k - start < most && !f.used[k] && (k === start ? isNameWord(tokens[k]!, vocab) : inName(tokens[k]!)) && !(caseless && endsCaselessName(f, k))) {
      if (k > start && !adjacent(text, tokens[k - 1]!, tokens[k]!, !caseless)) break;
      k++;
      // "Minister Smith's office": the name ends at its ending.
      if (vocab.nameEnding?.test(tokens[k - 1]!.text)) break;
      // A name goes on over one or two particles ("Ursula von der Leyen", "Fernando de la Rúa").
      let p = k;
      while (!caseless && p < k + 2 && tokens[p] && vocab.nameParticles.has(normaliseName(tokens[p]!.text)) && adjacent(text, tokens[p - 1]!, tokens[p]!)) p++;
      if (p > k && tokens[p] && !f.used[p] && inName(tokens[p]!) && adjacent(text, tokens[p - 1]!, tokens[p]!)) k = p;
    }
    if (k === start) continue;
    claim(f, start, k, { type: 'person', words: tokens.slice(start, k).map((t) => t.text), rule: `${vocab.lang}/person-title` });
    i = k - 1;
  }
}
