// Language identification with tinyld (62 languages, all of them, packed or not: a newsroom
// may send any language, and a text in one without a pack must be named as what it is, not
// read with the nearest pack). Chosen by measurement: docs/language-identification.md and
// bench/langid/. Its codes are brought to ISO 639-1 by Intl (CLDR's aliases), as any code is.
import { createRequire } from 'node:module';

type Tinyld = typeof import('tinyld');

/** tinyld, loaded on the first detection: its models cost a tenth of a second that `reconcile --facts` never needs. */
let tinyld: { detect: Tinyld['detect']; candidates: string[] } | undefined;
function loadTinyld(): NonNullable<typeof tinyld> {
  if (!tinyld) {
    const { detect, supportedLanguages, toISO2 } = createRequire(import.meta.url)('tinyld') as Tinyld;
    tinyld = { detect, candidates: supportedLanguages.filter((code) => !INVENTED.has(code)).map(toISO2) };
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

export function languageDetector(): LanguageDetector {
  return {
    detect(text) {
      const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
      if (!/\p{L}/u.test(sample)) return undefined;
      const { detect, candidates } = loadTinyld();
      return isoLanguage(detect(sample, { only: candidates }));
    },
  };
}
