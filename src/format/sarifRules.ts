// The rules of check's SARIF log: one per conflict code and one for missing facts, each with
// a name, a one-line and a full description, and what to do about it.
import type { ConflictCode } from '../reconcile/explain.js';

export interface SarifRule {
  name: string;
  short: string;
  full: string;
}

const CHECK_ALL = 'Compare the versions with the original and correct the one that is wrong.';

export const SARIF_RULES: Record<ConflictCode | 'missing', SarifRule> = {
  missing: {
    name: 'MissingFact',
    short: 'A fact stated in some versions of a story and absent from others',
    full: 'A figure, date or name appears in some versions of the story but in none of the sentences of the others: a translation may have dropped it or an edit added it to one version only. Add it where it is missing, or remove it where it does not belong.',
  },
  'scale-false-friend': {
    name: 'ScaleFalseFriend',
    short: 'Scale false friend: Billion, billón, bilião (10^12) against billion (10^9)',
    full: 'The versions differ by a factor of 1000 where one language\'s "billion" is 10^9 and another\'s Billion, billón or bilião is 10^12: a translator carried the word over instead of the value. Write the scale the target language uses for the same number (German Milliarde, Spanish mil millones).',
  },
  'scale-mismatch': {
    name: 'ScaleMismatch',
    short: 'The scale word differs between versions',
    full: `The versions give the same digits with different scale words (million against billion, тыс. against млн), so the values differ by a power of ten. ${CHECK_ALL}`,
  },
  'decimal-separator': {
    name: 'DecimalSeparator',
    short: 'Decimal and thousands separators mixed up between versions',
    full: `One version reads a decimal comma as a thousands separator or the other way round ("1,5" against "1.5" or "1,500"), so the values differ by a power of ten. Write the number with the separators of the version's language. ${CHECK_ALL}`,
  },
  'digit-typo': {
    name: 'DigitTypo',
    short: 'One digit differs between versions',
    full: `The values have the same number of digits and differ in exactly one of them: most likely a typing slip. ${CHECK_ALL}`,
  },
  'digit-transposition': {
    name: 'DigitTransposition',
    short: 'Two digits swapped between versions',
    full: `The values have the same digits, two neighbours swapped ("52" against "25"): most likely a typing slip. ${CHECK_ALL}`,
  },
  rounding: {
    name: 'Rounding',
    short: 'A figure rounded beyond tolerance',
    full: 'The values are close but differ by more than the precision they are written to and the --tolerance allows. Give the same precision in every version, or raise --tolerance if the rounding is acceptable.',
  },
  'currency-mismatch': {
    name: 'CurrencyMismatch',
    short: 'The currency differs between versions',
    full: `The same amount is given in different currencies (euros against dollars): a currency word or symbol was translated wrongly, or a conversion was made without changing the figure. ${CHECK_ALL}`,
  },
  'day-month-swap': {
    name: 'DayMonthSwap',
    short: 'Day and month swapped between versions',
    full: `The dates have the same day and month numbers in the other order (3 April against 4 March), a sign of a date copied from another convention (MM/DD against DD/MM). ${CHECK_ALL}`,
  },
  'year-off-by-one': {
    name: 'YearOffByOne',
    short: 'A year off by one between versions',
    full: `The dates differ only in their year, by one. ${CHECK_ALL}`,
  },
  'month-differs': {
    name: 'MonthDiffers',
    short: 'The month differs between versions',
    full: `The dates agree in their year and day but name another month ("im Mai" against "in June"). ${CHECK_ALL}`,
  },
  'weekday-differs': {
    name: 'WeekdayDiffers',
    short: 'The weekday differs between versions',
    full: `The versions name another weekday at the same place ("on Tuesday" against "am Mittwoch"). ${CHECK_ALL}`,
  },
  'conversion-differs': {
    name: 'ConversionDiffers',
    short: 'A measure converted to another unit does not match',
    full: `One version gives the measure in another unit than the other ("10 inches" against "18 cm"), and no rounding of the conversion gives the figure. ${CHECK_ALL}`,
  },
  'date-differs': {
    name: 'DateDiffers',
    short: 'Dates differ between versions',
    full: `The versions give different dates at the same place in the story. ${CHECK_ALL}`,
  },
  'given-name-differs': {
    name: 'GivenNameDiffers',
    short: "A person's given name differs between versions",
    full: `The versions name the same person (the same family name in any script) with different given names: a wrong first name, or two people confused. ${CHECK_ALL}`,
  },
  'value-differs': {
    name: 'ValueDiffers',
    short: 'A figure differs between versions',
    full: `The versions give different values at the same place in the story, with no simpler explanation such as a slip of one digit or a scale word. ${CHECK_ALL}`,
  },
};
