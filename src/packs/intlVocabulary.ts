// Vocabulary that CLDR already has, read from Node's built-in ICU (Intl): month and
// weekday names, currency names, units, place names. Slow to read (thousands of Intl
// calls): compilation takes it through localeVocabulary.ts, which keeps it in the cache.

const UTC = 'UTC';
/**
 * Dates are read in the Gregorian calendar, so its month names are what CLDR is asked for: a
 * locale whose default calendar is another (Persian "fa" is Solar Hijri, "th" Buddhist) would
 * otherwise name that calendar's months (دی, بهمن …) under the Gregorian month numbers.
 */
const GREGORY = 'gregory';

function monthPart(format: Intl.DateTimeFormat, date: Date): string | undefined {
  return format.formatToParts(date).find((p) => p.type === 'month')?.value;
}

/**
 * An abbreviation CLDR writes without a dot ("Oct") is also written with one; one it writes
 * with a dot ("out.", "авг.") keeps it, since without it is often a word ("out", "mar").
 * A short form that is the whole name (Arabic) is no abbreviation.
 */
function abbreviationForms(short: string, long: ReadonlySet<string>): string[] {
  if (long.has(short)) return [short];
  return short.endsWith('.') ? [short] : [short, `${short}.`];
}

/** Lower-cased month forms -> month number (1-12): long and short, standalone and in a date (genitive). */
export function monthForms(locale: string): Map<string, number> {
  const forms = new Map<string, number>();
  const formats = [
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: UTC, calendar: GREGORY }),
    new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: UTC, calendar: GREGORY }),
  ];
  const shortFormats = [
    new Intl.DateTimeFormat(locale, { month: 'short', timeZone: UTC, calendar: GREGORY }),
    new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: UTC, calendar: GREGORY }),
  ];
  for (let month = 1; month <= 12; month++) {
    const date = new Date(Date.UTC(2024, month - 1, 15));
    for (const f of formats) {
      const name = monthPart(f, date);
      // A month part of digits alone (CJK "5月15日" has "5") is no name; "5月" is.
      if (name && !/^[0-9]+$/.test(name)) forms.set(name.toLowerCase(), month);
    }
    for (const f of shortFormats) {
      const name = monthPart(f, date);
      // Numeric "short" months (some locales) are not names.
      if (name && !/[0-9]/.test(name)) for (const form of abbreviationForms(name.toLowerCase(), new Set(forms.keys()))) forms.set(form, month);
    }
  }
  return forms;
}

/** Lower-cased weekday names, long and short. */
/** Lower-cased weekday names in the locale, long and short -> ISO 8601 weekday (1 Monday … 7 Sunday). */
export function weekdayForms(locale: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const weekday of ['long', 'short'] as const) {
    const f = new Intl.DateTimeFormat(locale, { weekday, timeZone: UTC });
    // 1 January 2024 was a Monday.
    for (let d = 1; d <= 7; d++) {
      const form = f.format(new Date(Date.UTC(2024, 0, d))).toLowerCase();
      if (!out.has(form)) out.set(form, d);
    }
  }
  return out;
}

/** The parts of one type in a formatted number ("dollars" in "5 dollars"), joined and trimmed. */
function partOf(format: Intl.NumberFormat, n: number, type: Intl.NumberFormatPartTypes, joiner: string): string {
  return format
    .formatToParts(n)
    .filter((p) => p.type === type)
    .map((p) => p.value)
    .join(joiner)
    .trim();
}

/**
 * Lower-cased currency names in the locale -> ISO 4217 code: the display name and the forms
 * amounts take ("британского фунта стерлингов", "US dollars", "dólares estadounidenses").
 */
export function currencyNames(locale: string): Map<string, string> {
  const names = new Map<string, string>();
  const display = new Intl.DisplayNames(locale, { type: 'currency', fallback: 'none' });
  for (const code of Intl.supportedValuesOf('currency')) {
    const name = display.of(code);
    if (name && name !== code) names.set(name.toLowerCase(), code);
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'name' });
    for (const n of [1, 2, 5, 1.5]) {
      const form = partOf(format, n, 'currency', '').toLowerCase();
      if (form && form !== code.toLowerCase()) names.set(form, code);
    }
  }
  return names;
}

/** ISO 4217 codes Intl knows, for codes written next to amounts ("USD 5", "5 EUR"). */
export function currencyCodes(): string[] {
  return Intl.supportedValuesOf('currency');
}

/**
 * Units of measure a count may carry, by CLDR's name: what tells "200 miles" from "321
 * kilometres" of the same distance, or "550 pounds" from "250 kg".
 */
export const MEASURE_UNITS = [
  'kilometer', 'meter', 'centimeter', 'millimeter', 'mile', 'yard', 'foot', 'inch',
  'kilogram', 'gram', 'pound', 'ounce', 'stone', 'celsius', 'fahrenheit', 'degree',
  'kilometer-per-hour', 'mile-per-hour', 'hectare', 'acre', 'liter', 'gallon',
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second',
] as const;

/** Lower-cased unit words and symbols in a locale -> CLDR unit id, in every plural form and length. */
export function unitForms(locale: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const unit of MEASURE_UNITS) {
    for (const unitDisplay of ['long', 'short', 'narrow'] as const) {
      const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay });
      for (const n of [1, 2, 3, 5, 11, 21, 22, 25, 100, 1.5]) {
        const form = partOf(format, n, 'unit', ' ').toLocaleLowerCase();
        if (form && !forms.has(form)) forms.set(form, unit);
        // The degree sign is often typed as the ordinal indicator ("27 ºC").
        if (form.includes('°')) forms.set(form.replaceAll('°', 'º'), unit);
      }
    }
  }
  return forms;
}

/**
 * Region codes that are no place to match: groupings and organisations (EU, UN), private-use
 * codes, and codes withdrawn from ISO 3166 that CLDR still names (DD "Germany", SU "Russia",
 * YU "Serbia"…), which would otherwise take their successor's name.
 */
const NOT_PLACES = new Set([
  'EU', 'EZ', 'FX', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AA', 'QM', 'QN', 'QP', 'QQ', 'QR', 'QS', 'QT', 'QU', 'QV', 'QW', 'QX', 'QY', 'QZ',
  'AN', 'BU', 'CS', 'DD', 'DY', 'HV', 'NH', 'RH', 'SU', 'TP', 'VD', 'YD', 'YU', 'ZR',
]);

/** ISO 3166 codes of the places CLDR names in English. */
function regionCodes(): string[] {
  const display = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_PLACES.has(code) && display.of(code)) codes.push(code);
    }
  }
  return codes;
}

/** Names of countries and territories, in the locale and then in English, with their ISO 3166 codes. */
export function placeNames(locale: string): Array<[string, string]> {
  const codes = regionCodes();
  const names: Array<[string, string]> = [];
  for (const source of new Set([locale, 'en'])) {
    const display = new Intl.DisplayNames(source, { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = display.of(code);
      if (name) names.push([name, code]);
    }
  }
  return names;
}
