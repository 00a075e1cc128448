// A UTC date of any year 1–9999: Date.UTC reads years 0–99 as 1900–1999, so "0050-06-01"
// would become 1950; the full year is set on its own instead.

/** The first year and the last one a date of four digits can have. */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

export function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

export const isFourDigitYear = (year: number) => Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
