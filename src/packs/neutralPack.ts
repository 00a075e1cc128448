// The language-neutral core: what reads a document in a language without a rule pack (or
// of a language that cannot be told). It knows no word of any language: figures written
// with digits, the percent signs, currency symbols and ISO 4217 codes, all-digit dates and
// times. How the language writes numbers and all-digit dates (decimal comma or point, day or
// month first) comes from CLDR through Intl, as universal as the digits themselves.
import type { RulePack } from './types.js';

/** The pack name of the facts it finds ("neutral/amount"): no language's. */
export const NEUTRAL = 'neutral';

type Decimal = RulePack['numbers']['decimal'][number];
type Group = RulePack['numbers']['group'][number];

const DECIMALS: readonly Decimal[] = ['.', ',', '٫'];
const GROUPS: readonly Group[] = [',', '.', ' ', "'", '’', '٬'];

/** A CLDR locale for a language code, or none (for "und" or a code Intl does not take). */
function localeOf(lang: string): string | undefined {
  try {
    const [locale] = Intl.getCanonicalLocales(lang);
    return locale && locale !== 'und' ? locale : undefined;
  } catch {
    return undefined;
  }
}

/** The decimal and group marks CLDR gives the language, with Western digits; NBSP counts as a space. */
function numberMarks(locale: string | undefined): { decimal?: string; group?: string } {
  if (!locale) return {};
  const parts = new Intl.NumberFormat(locale, { numberingSystem: 'latn', useGrouping: true }).formatToParts(1234567.5);
  const group = parts.find((p) => p.type === 'group')?.value.replace(/[\u00a0\u202f]/g, ' ');
  return { decimal: parts.find((p) => p.type === 'decimal')?.value, group };
}

/** Which comes first in the language's all-digit dates, from CLDR's short date. */
function numericOrder(locale: string | undefined): RulePack['dates']['numericOrder'] {
  if (!locale) return 'dmy';
  const order = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2024, 10, 25)))
    .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')
    .map((p) => p.type[0])
    .join('');
  return order === 'mdy' || order === 'ymd' ? order : 'dmy';
}

/** Marks in the language's preference first, then the others (a "1.234,5" is read either way). */
function preferring<T extends string>(marks: readonly T[], first: string | undefined): T[] {
  const own = marks.find((m) => m === first);
  return own ? [own, ...marks.filter((m) => m !== own)] : [...marks];
}

/** The neutral pack for a document of language `lang` (a code, or "und"). */
export function neutralPack(lang: string): RulePack {
  const locale = localeOf(lang);
  const marks = numberMarks(locale);
  // A mark the language uses for groups is not its decimal mark, and the other way round.
  const decimal = preferring(DECIMALS, marks.decimal).filter((m) => m !== marks.group);
  const group = preferring(GROUPS, marks.group).filter((m) => m !== marks.decimal);
  return {
    lang: NEUTRAL,
    name: 'language-neutral core',
    locale: locale ?? 'und',
    detect: { script: 'Latn', stopwords: [] },
    numbers: { decimal: decimal.length ? decimal : ['.'], group, words: {}, scales: [] },
    percent: [],
    currencies: {},
    dates: { numericOrder: numericOrder(locale) },
    rules: [],
    examples: [],
    negatives: [],
  };
}
