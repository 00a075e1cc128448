// Language identification with tinyld (62 languages, all of them, packed or not: a newsroom
// may send any language, and a text in one without a pack must be named as what it is, not
// read with the nearest pack). Chosen by measurement: docs/language-identification.md and
// bench/langid/. Its codes are brought to ISO 639-1 by Intl (CLDR's aliases), as any code is.
import { createRequire } from 'node:module';

type Tinyld = typeof import('tinyld');

/** tinyld, loaded on the first detection: its models cost a tenth of a second that `reconcile --facts` never needs. */
let tinyld: { detectAll: Tinyld['detectAll']; candidates: string[] } | undefined;
function loadTinyld(): NonNullable<typeof tinyld> {
  if (!tinyld) {
    const { detectAll, supportedLanguages, toISO2 } = createRequire(import.meta.url)('tinyld') as Tinyld;
    tinyld = { detectAll, candidates: supportedLanguages.filter((code) => !INVENTED.has(code)).map(toISO2) };
  }
  return tinyld;
}

/** Enough text to be sure, little enough to be quick on a large file. */
const SAMPLE = 20_000;

/**
 * Languages tinyld knows that no newsroom writes in: Klingon and Volapük. Left to choose from,
 * they take a few English and Dutch lines (see the measurement).
 */
const INVENTED = new Set(['tlh', 'vol']);

export interface LanguageDetector {
  /** ISO 639-1 code of the text's language (or the canonical code where it has none); undefined when it cannot be told. */
  detect(text: string): string | undefined;
}

/** "eng" → "en", "iw" → "he", "pes" → "fa", "zh-Latn" → "zh": the language subtag, canonical. */
export function isoLanguage(code: string): string | undefined {
  if (!code || code === 'und') return undefined;
  try {
    return new Intl.Locale(Intl.getCanonicalLocales(code)[0]!).language;
  } catch {
    return undefined;
  }
}

/** Guesses within this share of the best one's score are close enough for a pack's stopwords to decide. */
const CLOSE_GUESS = 0.25;
/** The least share of a text's words that must be a pack's stopwords for them to decide: running text has 20 to 40 %. */
const MIN_STOPWORD_SHARE = 0.05;
/** How many times more of a pack's stopwords a close guess needs to win over the best guess. */
const STOPWORD_MARGIN = 3;

/** The share of a text's words that are in a stopword list. */
function stopwordShare(words: readonly string[], stopwords: ReadonlySet<string>): number {
  if (!words.length) return 0;
  let hits = 0;
  for (const w of words) if (stopwords.has(w)) hits++;
  return hits / words.length;
}

/** Guesses of a text's language, best first, each with a score from 0 to 1. */
export type Guesses = (text: string) => Array<{ lang: string; accuracy: number }>;

function tinyldGuesses(text: string): Array<{ lang: string; accuracy: number }> {
  const { detectAll, candidates } = loadTinyld();
  return detectAll(text, { only: candidates });
}

/**
 * `stopwords`: by language, the packs' most frequent function words. Where tinyld's best
 * guess and another are close (a text made mostly of names: "Peter Jones ‘geram’ setelah
 * Holly Willoughby…"), the one whose function words the text uses far more often wins; a
 * language without a pack is never guessed by them, only kept when they say nothing.
 */
export function languageDetector(stopwords: ReadonlyMap<string, readonly string[]> = new Map(), guess: Guesses = tinyldGuesses): LanguageDetector {
  const lists = new Map([...stopwords].map(([lang, words]) => [lang, new Set(words.map((w) => w.toLocaleLowerCase(lang)))]));
  return {
    detect(text) {
      const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
      if (!/\p{L}/u.test(sample)) return undefined;
      const guesses = guess(sample).map((g) => ({ lang: isoLanguage(g.lang), accuracy: g.accuracy }));
      const best = guesses[0];
      if (!best?.lang) return undefined;
      const rivals = guesses.flatMap((g) => (g.lang && g.lang !== best.lang && lists.has(g.lang) && g.accuracy >= CLOSE_GUESS * best.accuracy ? [g.lang] : []));
      if (!rivals.length) return best.lang;
      const words = sample.toLocaleLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
      const bestShare = lists.has(best.lang) ? stopwordShare(words, lists.get(best.lang)!) : 0;
      const [rival, rivalShare] = rivals.map((lang) => [lang, stopwordShare(words, lists.get(lang)!)] as const).reduce((a, b) => (b[1] > a[1] ? b : a));
      return rivalShare > STOPWORD_MARGIN * bestShare && rivalShare >= MIN_STOPWORD_SHARE ? rival : best.lang;
    },
  };
}

/** The packs' stopwords by language, for languageDetector. */
export function packStopwords(packs: ReadonlyMap<string, { detect: { stopwords: string[] } }>): Map<string, string[]> {
  return new Map([...packs].map(([lang, pack]) => [lang, pack.detect.stopwords]));
}
