// The words of a conflict: its likely cause and who says what ("given name differs: Baglan
// (de, id) vs Zhaslan (ru, ar, pt); 3 of 5 versions say Zhaslan").
import type { Group, Variant } from '../reconcile/types.js';
import { describeValue } from './describeFact.js';

const CAUSES: Record<NonNullable<Group['code']>, string> = {
  'scale-false-friend': 'scale false friend (Billion, billón, bilião are 10^12; English billion is 10^9)',
  'scale-mismatch': 'scale word differs',
  'decimal-separator': 'decimal and thousands separators mixed up',
  'digit-typo': 'one digit differs',
  'digit-transposition': 'two digits swapped',
  rounding: 'rounded beyond tolerance',
  'currency-mismatch': 'currency differs',
  'day-month-swap': 'day and month swapped',
  'year-off-by-one': 'year off by one',
  'month-differs': 'month differs',
  'weekday-differs': 'weekday differs',
  'conversion-differs': 'not a conversion of the other unit',
  'date-differs': 'dates differ',
  'given-name-differs': 'given name differs',
  'value-differs': 'values differ',
};

function shown(group: Group, v: Variant): string {
  if (group.code === 'given-name-differs') return String(v.value).split(/\s+/)[0]!;
  return describeValue({ type: group.type, value: v.value, currency: v.currency, unit: v.unit });
}

function factor(group: Group): string {
  const [a, b] = group.variants!.map((v) => Math.abs(Number(v.value)));
  if (!a || !b) return '';
  const power = Math.round(Math.log10(Math.max(a, b) / Math.min(a, b)));
  return ` (×10^${power})`;
}

export function conflictMessage(group: Group): string {
  const variants = group.variants ?? [];
  const cause = CAUSES[group.code ?? 'value-differs'] + (group.code === 'scale-mismatch' || group.code === 'decimal-separator' ? factor(group) : '');
  const sides = variants.map((v) => `${shown(group, v)} (${v.langs.join(', ')})`).join(' vs ');
  const versions = Number(group.args?.versions ?? 0);
  const agreeing = Number(group.args?.agreeing ?? 0);
  const majority = agreeing > 1 && agreeing * 2 > versions ? `; ${agreeing} of ${versions} versions say ${shown(group, variants[0]!)}` : '';
  return `${cause}: ${sides}${majority}`;
}
