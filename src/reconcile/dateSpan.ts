// A date value as the days it covers, to tell a date that is only less precise than another
// ("2024" and "late August 2024", "August" and "24 August") from one that contradicts it.
// Values are ISO 8601 of reduced precision, intervals "A/B", or yearless "--MM", "--MM-DD".

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (month: number) => [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;

/** First and last day covered, as sortable text ("2024-08-01", "2024-08-31"); yearless days as "--08-01". */
export function dateSpan(value: string): [string, string] | undefined {
  if (value.includes('/')) {
    const [a, b] = value.split('/');
    const [sa, sb] = [dateSpan(a!), dateSpan(b!)];
    return sa && sb ? [sa[0], sb[1]] : undefined;
  }
  const m = /^(\d{4}|-)(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m || (m[1] === '-' && !m[2])) return undefined;
  const year = m[1] === '-' ? '-' : m[1]!;
  if (!m[2]) return [`${year}-01-01`, `${year}-12-31`];
  const month = Number(m[2]);
  if (m[3]) return [`${year}-${m[2]}-${m[3]}`, `${year}-${m[2]}-${m[3]}`];
  return [`${year}-${pad(month)}-01`, `${year}-${pad(month)}-${pad(daysIn(month))}`];
}

/** One date lies within the other: they may state one date at two precisions. Yearless dates are compared by month and day. */
export function datesFit(a: string, b: string): boolean {
  let [sa, sb] = [dateSpan(a), dateSpan(b)];
  if (!sa || !sb) return false;
  const yearless = (s: [string, string]) => s[0].startsWith('--');
  if (yearless(sa) !== yearless(sb)) {
    const strip = (s: [string, string]): [string, string] => [s[0].replace(/^\d{4}/, '-'), s[1].replace(/^\d{4}/, '-')];
    // A dated span of more than a year says nothing about a yearless day.
    if (!yearless(sa) && sa[0].slice(0, 4) !== sa[1].slice(0, 4)) return false;
    if (!yearless(sb) && sb[0].slice(0, 4) !== sb[1].slice(0, 4)) return false;
    [sa, sb] = [strip(sa), strip(sb)];
  }
  return (sa[0] <= sb[0] && sb[1] <= sa[1]) || (sb[0] <= sa[0] && sa[1] <= sb[1]);
}

/** A range written with both its ends ("1950-1953", "von 1950 bis 1953"), not a period named as one ("1950s"). */
export function isStatedRange(f: { value: unknown; text: string }): boolean {
  return String(f.value).includes('/') && (f.text.match(/\p{Nd}+/gu)?.length ?? 0) >= 2;
}
