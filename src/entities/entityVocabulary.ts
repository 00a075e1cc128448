// A pack's name-finding vocabulary, compiled once: cue-word phrases, particles, words that
// are never names, inflection rules, and the place gazetteer.
import { localeVocabulary } from '../packs/localeVocabulary.js';
import type { RulePack } from '../packs/types.js';
import { buildGazetteer, normaliseName, type Gazetteer } from './gazetteer.js';
import { Romanizer } from './romanize.js';

/** A cue phrase as its normalised words; `exact`: an all-capital form ("SA", "SE") matches only in capitals. */
export interface Phrase {
  words: readonly string[];
  exact: boolean;
}

/** Cue phrases by their first word: "chief executive" under "chief". */
export type PhraseIndex = ReadonlyMap<string, readonly Phrase[]>;

export interface EntityVocabulary {
  lang: string;
  caseless: boolean;
  capitalisedNouns: boolean;
  orgHeadLast: boolean;
  orgTailLowercase: boolean;
  /** Which lower-case words may go on an organisation's name (all, without a pattern). */
  orgTail: RegExp;
  personCues: PhraseIndex;
  orgCues: PhraseIndex;
  orgSuffixes: PhraseIndex;
  placeCues: PhraseIndex;
  particles: ReadonlySet<string>;
  /** The particles of people's names ("von der", not "of"). */
  nameParticles: ReadonlySet<string>;
  placeSuffixes: PhraseIndex;
  /** Month and weekday names: not a name alone, but a name may go on over one ("Theresa May"). */
  calendarWords: ReadonlySet<string>;
  /** Words that join the words of an organisation's name ("and", "e", "dan", "и"): the pack's number connectors. */
  connectors: ReadonlySet<string>;
  /** Month and weekday names, the pack's notNames and vocabulary: never a name on their own. */
  notNames: ReadonlySet<string>;
  /** Function words: no name when they start a sentence, but part of one mid-sentence ("São Paulo", "The Guardian"). */
  stopwords: ReadonlySet<string>;
  inflections: ReadonlyArray<readonly [string, string]>;
  wordPrefixes: readonly string[];
  gazetteer: Gazetteer;
  /** The definite article glued on a word (Arabic "ال", "وال", "لل"): the word is a common noun, and an organisation's name runs on over such words. */
  article: RegExp | undefined;
  /** Endings of words that end a name after a title (Arabic accusative adverbs: "تحقيقًا"). */
  notNameEnding: RegExp | undefined;
  /** The ending on a name that is no part of it (English "'s"), anchored at the word's end. */
  nameEnding: RegExp | undefined;
  /** The tagger that finds people, if the language has one. */
  tagger: 'compromise' | undefined;
  /** Names in Latin letters, for their keys. */
  romanizer: Romanizer;
}

function phrases(forms: readonly string[] | undefined): PhraseIndex {
  const index = new Map<string, Phrase[]>();
  for (const form of forms ?? []) {
    const words = normaliseName(form).split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push({ words, exact: /^[\p{Lu}\p{N}.&-]{2,}$/u.test(form) });
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

export function compileEntityVocabulary(pack: RulePack): EntityVocabulary {
  const e = pack.entities ?? {};
  const locale = pack.locale ?? pack.lang;
  const notNames = new Set<string>();
  for (const w of e.notNames ?? []) notNames.add(normaliseName(w));
  // Titles and heads are cues to names, not names ("CEO", "Präsident").
  for (const w of [...(e.personCues ?? []), ...(e.orgCues ?? [])]) if (!/\s/.test(w)) notNames.add(normaliseName(w));
  const cldr = localeVocabulary(locale);
  const calendarWords = new Set([...cldr.months.map(([month]) => month), ...cldr.weekdays.map(([weekday]) => weekday)]);
  for (const w of calendarWords) notNames.add(w);
  // The pack's own vocabulary is made of common words: "Millionen", "Euro", "Prozent", "Nutzer"
  // (not number words: "Kim Jong Un").
  const vocabulary = [
    ...pack.numbers.scales.flatMap((s) => s.forms),
    ...Object.values(pack.currencies).flat(),
    ...pack.percent,
    ...Object.values(pack.concepts ?? {}).flat(),
    ...Object.values(pack.qualifiers ?? {}).flat(),
    ...Object.values(pack.dates.months ?? {}).flat(),
  ];
  for (const w of vocabulary) if (!/\s/.test(w) && !/^\p{Lu}{2,}/u.test(w)) notNames.add(normaliseName(w));
  return {
    lang: pack.lang,
    // A language whose function words have no case writes names without capitals.
    caseless: !pack.detect.stopwords.some((w) => w.toLocaleUpperCase(locale) !== w.toLocaleLowerCase(locale)),
    capitalisedNouns: e.capitalisedNouns ?? false,
    orgHeadLast: e.orgHeadLast ?? false,
    orgTailLowercase: e.orgTailLowercase ?? false,
    orgTail: new RegExp(`^(?:${e.orgTailPattern ?? '.*'})$`, 'iu'),
    personCues: phrases(e.personCues),
    orgCues: phrases(e.orgCues),
    orgSuffixes: phrases(e.orgSuffixes),
    placeCues: phrases(e.placeCues),
    particles: new Set((e.particles ?? []).map(normaliseName)),
    nameParticles: new Set((e.nameParticles ?? e.particles ?? []).map(normaliseName)),
    placeSuffixes: phrases(e.placeSuffixes),
    calendarWords,
    stopwords: new Set(pack.detect.stopwords.map(normaliseName)),
    connectors: new Set((pack.numbers.connectors ?? []).map(normaliseName)),
    notNames,
    inflections: (e.inflections ?? [])
      .map(([ending, replacement]) => [ending.toLocaleLowerCase(), replacement] as const)
      .sort((a, b) => b[0].length - a[0].length),
    wordPrefixes: pack.numbers.wordPrefixes ?? [],
    gazetteer: buildGazetteer(pack, cldr.places),
    article: e.article ? new RegExp(`^(?:${e.article})`, 'u') : undefined,
    notNameEnding: e.notNameEnding ? new RegExp(`(?:${e.notNameEnding})$`, 'u') : undefined,
    nameEnding: e.nameEnding ? new RegExp(`(?:${e.nameEnding})$`, 'u') : undefined,
    tagger: e.tagger,
    romanizer: Romanizer.of(pack),
  };
}

/**
 * The base form of a word, without the pack's name ending, by its inflection rules, longest ending first ("Дурова" ->
 * "Дуров", "Frankreichs" -> "Frankreich"); a rule whose ending is the whole word is an
 * exception ("Павла" -> "Павел"). The word itself when no rule applies.
 */
export function lemmatise(written: string, vocab: EntityVocabulary): string {
  const word = vocab.nameEnding ? written.replace(vocab.nameEnding, '') || written : written;
  const lower = word.toLocaleLowerCase();
  for (const [ending, replacement] of vocab.inflections) {
    if (lower === ending) return replacement;
    if (lower.length > ending.length + 2 && lower.endsWith(ending)) return word.slice(0, word.length - ending.length) + replacement;
  }
  return word;
}
