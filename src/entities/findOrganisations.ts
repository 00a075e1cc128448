// Organisations headed by a cue word ("Ministerium", "Министерство", "وزارة", "Câmara"),
// running on over the words of their name.
import { normaliseName } from './gazetteer.js';
import { adjacent, capitalisedMidSentence, hasArticle, claim, cueCounts, isParticle, mentionAt, phraseAt, release, type Finder } from './finder.js';

const MAX_ORG_WORDS = 12;

/** A connector ("and", "e", "dan", "и") joins words of an organisation's name, not of a person's. */
function isConnector(f: Finder, k: number): boolean {
  const t = f.tokens[k];
  return t !== undefined && f.vocab.connectors.has(normaliseName(t.text));
}

/** After a comma, a list of capitalised words goes on only when it ends in a connector: "Digital, Inovações e Indústria". */
function listGoesOn(f: Finder, k: number): boolean {
  for (let j = k; j < Math.min(f.tokens.length, k + 5); j++) {
    if (/[.;:!?\n]/.test(f.text.slice(f.tokens[j - 1]!.end, f.tokens[j]!.start))) return false;
    if (isConnector(f, j)) return true;
  }
  return false;
}

/** Caseless words: the name runs on over words with the article, and over a word of a chain before one (Arabic idafa). */
function caselessWordInName(f: Finder, k: number, first: boolean): boolean {
  const t = f.tokens[k]!;
  const word = normaliseName(t.text);
  if (f.vocab.stopwords.has(word)) return false;
  // Words with the article run on, adjectives too ("البنك المركزي الأوروبي").
  if (hasArticle(t, f.vocab)) return true;
  if (f.vocab.notNames.has(word)) return false;
  const next = f.tokens[k + 1];
  // "شركة نيلسن": one name word right after the head; "وصناعة الطيران": a chain link.
  return first || (next !== undefined && hasArticle(next, f.vocab) && !/\n/.test(f.text.slice(t.end, next.start)));
}

/**
 * Where an organisation's name whose head ends at token `from` ends (exclusive). `headFirst`:
 * the name begins with its head ("Ministério do …"), so a connector may join a list in it.
 */
function orgEnd(f: Finder, from: number, headFirst: boolean): number {
  const { tokens, text, vocab } = f;
  let end = from + 1;
  let lowerTail = false;
  while (end < tokens.length && end - from < MAX_ORG_WORDS) {
    const t = tokens[end]!;
    const gap = text.slice(tokens[end - 1]!.end, t.start);
    const comma = /^,\s*$/.test(gap);
    if (!/^[ \t]*$/.test(gap) && !(comma && (t.capitalised || vocab.orgTailLowercase) && !vocab.caseless && listGoesOn(f, end))) break;
    // A title or a day after the name starts something else ("Senate Majority Leader Mitch
    // McConnell", "the General Assembly Saturday").
    if (phraseAt(tokens, end, vocab.personCues, vocab) || vocab.calendarWords.has(normaliseName(t.text))) break;
    if (f.used[end]) {
      // A country inside or closing the name ("… промышленности РК", "Banco de España") is part of it.
      const place = mentionAt(f, end);
      if (place?.type !== 'place' || place.start !== t.start || /^,/.test(gap)) break;
      release(f, place);
    }
    const word = normaliseName(t.text);
    const lowerWord = vocab.orgTailLowercase && !t.capitalised && !vocab.notNames.has(word) && !vocab.stopwords.has(word) && vocab.orgTail.test(word);
    const inName =
      t.caseless
        ? caselessWordInName(f, end, end === from + 1)
        : t.allCaps ||
          // After lower-case words a capitalised one starts another name ("Cour suprême Brett
          // Kavanaugh") unless a particle joins it ("Conseil de sécurité des Nations unies").
          (t.capitalised && (!lowerTail || isParticle(tokens[end - 1], vocab))) ||
          isParticle(t, vocab) ||
          (headFirst && isConnector(f, end) && (tokens[end + 1]?.capitalised === true || (vocab.orgTailLowercase && lowerTail))) ||
          lowerWord;
    if (!inName) break;
    if (lowerWord) lowerTail = true;
    end++;
  }
  // Particles and connectors do not end a name ("Ministerium für").
  while (end - 1 > from && (isParticle(tokens[end - 1], vocab) || isConnector(f, end - 1))) end--;
  return end;
}

export function findOrganisations(f: Finder): void {
  const { tokens, vocab } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (f.used[i]) continue;
    const cue = phraseAt(tokens, i, vocab.orgCues, vocab);
    if (!cue || !cueCounts(f, i)) continue;
    // "شركة Adriftmorn Limited": a caseless head before a name in capitals only says what the name is.
    if (tokens[i]!.caseless && tokens[i + cue] !== undefined && !tokens[i + cue]!.caseless) continue;
    // "Bank Indonesia", "Kedutaan Besar Amerika Serikat": a country right after the head is part of the name.
    const place = mentionAt(f, i + cue);
    if (place?.type === 'place' && place.start === tokens[i + cue]!.start && adjacent(f.text, tokens[i + cue - 1]!, tokens[i + cue]!)) release(f, place);
    let start = i;
    // Capitalised words just before a head belong to the name ("Deutsche Bank", "Торговой палатой"),
    // but not a sentence's first word on its own evidence ("Mahasiswa Universitas").
    while (start > 0 && !vocab.caseless) {
      const before = tokens[start - 1]!;
      // Where adjectives come before the head, nationality words belong to the name ("European
      // Commission", "Democratic Party"); elsewhere only words that may be names ("Juru Bicara
      // Kementerian" is a title before a head).
      const word = normaliseName(before.text);
      const blocked = vocab.orgHeadLast ? vocab.stopwords.has(word) : vocab.notNames.has(word);
      if (f.used[start - 1] || !before.capitalised || !adjacent(f.text, before, tokens[start]!) || blocked) break;
      if (before.sentenceStart && !capitalisedMidSentence(f, before.text)) break;
      start--;
    }
    const end = Math.max(i + cue, orgEnd(f, i + cue - 1, start === i));
    // A head word alone ("the ministry said", "die Polizei") is not a name.
    if (end - start === cue) continue;
    claim(f, start, end, { type: 'org', words: tokens.slice(start, end).map((t) => t.text), rule: `${vocab.lang}/org-cue` });
    i = end - 1;
  }
}
