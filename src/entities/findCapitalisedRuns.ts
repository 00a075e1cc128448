// Runs of capitalised words in cased scripts, typed by what they are made of: two to four
// words a person, more an organisation, one word written like a brand or in another script
// an organisation.
import type { EntityType, Span } from '../types.js';
import { normaliseName } from './gazetteer.js';
import { adjacent, capitalisedMidSentence, claim, isCapitalisedName, isParticle, phraseAt, titleFollows, type Finder } from './finder.js';

/** Words of the document's own script within a few words, on the same line: a foreign word is then quoted, not a foreign sentence. */
function amidOwnScript(f: Finder, from: number, to: number): boolean {
  for (let k = Math.max(0, from - 6); k < Math.min(f.tokens.length, to + 6); k++) {
    if (k >= from && k < to) continue;
    const t = f.tokens[k]!;
    if (t.script !== f.script) continue;
    const between = k < from ? f.text.slice(t.end, f.tokens[from]!.start) : f.text.slice(f.tokens[to - 1]!.end, t.start);
    if (!between.includes('\n')) return true;
  }
  return false;
}

/**
 * The end of the run of name words from token i: capitalised words, with one or two particles
 * inside, and a month or weekday name after a name word ("Theresa May", not "May 2019"). A
 * name ending (the English possessive) ends the run ("City's Sergio Aguero").
 */
function runEnd(f: Finder, i: number): number {
  const { tokens, vocab, text } = f;
  let end = i + 1;
  while (end < tokens.length && !f.used[end] && adjacent(text, tokens[end - 1]!, tokens[end]!) && tokens[end]!.script === tokens[i]!.script) {
    if (vocab.nameEnding?.test(tokens[end - 1]!.text)) break;
    // A company form ends the name it follows ("Ferrari SpA", "Barilla Srl"), capitalised or not.
    if (phraseAt(tokens, end, vocab.orgSuffixes, vocab)) break;
    const t = tokens[end]!;
    const calendar = t.capitalised && vocab.calendarWords.has(normaliseName(t.text)) && !/^\s*[0-9]/.test(text.slice(t.end, t.end + 3));
    if (isCapitalisedName(t, vocab) || calendar) {
      end++;
      continue;
    }
    // A particle joins a given name to the rest of a name ("Ursula von der Leyen", "Charles de
    // Gaulle", "Marcelo Rebelo de Sousa"), not two names ("WhatsApp da Meta"), nor, where every noun is capitalised, two
    // nouns ("Kauf von Diensten").
    let p = end;
    while (p < end + 2 && tokens[p] && vocab.nameParticles.has(normaliseName(tokens[p]!.text)) && adjacent(text, tokens[p - 1]!, tokens[p]!)) p++;
    const after = tokens[p];
    const givenName = end - i <= 2 && tokens.slice(i, end).every((t) => !t.camel && !t.allCaps);
    if (vocab.capitalisedNouns || !givenName || p === end || !after || f.used[p] || !isCapitalisedName(after, vocab) || !adjacent(text, tokens[p - 1]!, after)) break;
    end = p + 1;
  }
  return end;
}

/** Whether a tagger (compromise, for English) took part of the run for a person. */
function taggedPerson(f: Finder, start: number, end: number, people: readonly Span[]): boolean {
  const from = f.tokens[start]!.start;
  const to = f.tokens[end - 1]!.end;
  return people.some((p) => p.start < to && from < p.end);
}

export function findCapitalisedRuns(f: Finder, people: readonly Span[] = []): void {
  const { tokens, vocab } = f;
  for (let i = 0; i < tokens.length; i++) {
    if (f.used[i] || !isCapitalisedName(tokens[i]!, vocab)) continue;
    let end = runEnd(f, i);
    let start = i;
    const suffix = phraseAt(tokens, end, vocab.orgSuffixes, vocab);
    // A sentence's first word is capitalised by grammar. It is part of a name only with
    // evidence: a title after the name, a company form, the word capitalised mid-sentence
    // elsewhere. Without it a given name is lost ("Didier Deschamps a dit"), which costs
    // less than taking a common word into a name ("Langkah Telegram", "Позднее Дуров").
    const first = tokens[start]!;
    const evidence = first.camel || first.allCaps || first.script !== f.script || suffix > 0 || titleFollows(f, end) || capitalisedMidSentence(f, first.text);
    if (first.sentenceStart && !evidence) start++;
    while (start < end && isParticle(tokens[start], vocab)) start++;
    if (start === end) continue;
    const run = tokens.slice(start, end);
    const foreign = run[0]!.script !== f.script;
    if (foreign && !amidOwnScript(f, start, end)) {
      i = end - 1;
      continue;
    }
    let type: EntityType | undefined;
    const placeSuffix = phraseAt(tokens, end, vocab.placeSuffixes, vocab);
    if (suffix) {
      type = 'org';
      end += suffix;
    } else if (placeSuffix && adjacent(f.text, tokens[end - 1]!, tokens[end]!)) {
      type = 'place';
      end += placeSuffix;
    } else if (taggedPerson(f, start, end, people) && !foreign) {
      type = 'person';
    } else if (run.length === 1) {
      const t = run[0]!;
      if (t.camel || t.allCaps || foreign || (!vocab.capitalisedNouns && !t.sentenceStart)) type = 'org';
    } else if (foreign || run.length > 4 || run.some((t) => t.allCaps)) type = 'org';
    else type = 'person';
    if (type) claim(f, start, end, { type, words: tokens.slice(start, end).map((t) => t.text), rule: `${vocab.lang}/capitalised` });
    i = end - 1;
  }
}
