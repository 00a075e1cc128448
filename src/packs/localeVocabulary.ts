// Everything compilation reads from CLDR for one locale (month, weekday, currency, unit and
// place names), read once and then kept in the cache: reading it through Intl takes 50 to
// 150 ms a language. The key holds Node's ICU, CLDR and Unicode versions, which the words
// come from, and the package version, which fixes how they are read.
import { VERSION } from '../cli/version.js';
import { currencySymbols } from './currencySymbols.js';
import { currencyCodes, currencyNames, monthForms, placeNames, unitForms, weekdayForms } from './intlVocabulary.js';
import { cacheKey, readCache, writeCache } from './jsonCache.js';

export interface LocaleVocabulary {
  /** Lower-cased month forms -> month number (see monthForms). */
  months: ReadonlyArray<[string, number]>;
  /** Weekday names -> ISO weekday (1 Monday … 7 Sunday). */
  weekdays: ReadonlyArray<[string, number]>;
  currencyCodes: readonly string[];
  /** Lower-cased currency names -> ISO 4217 code. */
  currencyNames: ReadonlyArray<[string, string]>;
  /** Currency symbols -> ISO 4217 code. */
  currencySymbols: ReadonlyArray<[string, string]>;
  /** Unit words and symbols -> CLDR unit id. */
  units: ReadonlyArray<[string, string]>;
  /** Country and territory names, in the locale then in English -> ISO 3166 code. */
  places: ReadonlyArray<[string, string]>;
}

const vocabularies = new Map<string, LocaleVocabulary>();

function readFromIntl(locale: string): LocaleVocabulary {
  return {
    months: [...monthForms(locale)],
    weekdays: [...weekdayForms(locale)],
    currencyCodes: currencyCodes(),
    currencyNames: [...currencyNames(locale)],
    currencySymbols: [...currencySymbols(locale)],
    units: [...unitForms(locale)],
    places: placeNames(locale),
  };
}

/** Raised when intlVocabulary.ts reads CLDR differently, so caches of the same version are remade. */
const VOCABULARY_FORMAT = 3;
/** Locales become file names: only plain tags ("pt-BR") are cached. */
const CACHEABLE_LOCALE = /^[A-Za-z0-9_-]{1,35}$/;

export function localeVocabulary(locale: string): LocaleVocabulary {
  let vocabulary = vocabularies.get(locale);
  if (vocabulary) return vocabulary;
  const { icu, cldr, unicode } = process.versions;
  const name = `vocabulary-${locale}`;
  const key = cacheKey([VERSION, String(VOCABULARY_FORMAT), process.version, icu ?? '', cldr ?? '', unicode ?? '', locale]);
  const cacheable = CACHEABLE_LOCALE.test(locale);
  vocabulary = cacheable ? readCache<LocaleVocabulary>(name, key) : undefined;
  if (!vocabulary) {
    vocabulary = readFromIntl(locale);
    if (cacheable) writeCache(name, key, vocabulary);
  }
  vocabularies.set(locale, vocabulary);
  return vocabulary;
}

/**
 * What the language-neutral core takes from CLDR: currency codes and symbols, no word of the
 * language (no month, weekday, currency, unit or place names).
 */
export function neutralVocabulary(locale: string): LocaleVocabulary {
  const { currencyCodes, currencySymbols } = localeVocabulary(locale);
  return { months: [], weekdays: [], currencyCodes, currencyNames: [], currencySymbols, units: [], places: [] };
}
