// check --format sarif: SARIF 2.1.0 for code scanning. Each discrepancy is a result at the
// version that differs from the others (the outlier), with the other versions as related
// locations. Columns are Unicode code points, as factdiff counts them everywhere.
import type { Discrepancy } from '../reconcile/discrepancies.js';
import type { Mention } from '../reconcile/types.js';
import { conflictMessage } from './conflictMessage.js';
import { describeValue } from './describeFact.js';

const RULES: Record<string, string> = {
  missing: 'A fact stated in some versions of a story and absent from others',
  'scale-false-friend': 'Scale false friend: Billion, billón, bilião (10^12) against billion (10^9)',
  'scale-mismatch': 'The scale word differs between versions',
  'decimal-separator': 'Decimal and thousands separators mixed up between versions',
  'digit-typo': 'One digit differs between versions',
  'digit-transposition': 'Two digits swapped between versions',
  rounding: 'A figure rounded beyond tolerance',
  'currency-mismatch': 'The currency differs between versions',
  'day-month-swap': 'Day and month swapped between versions',
  'year-off-by-one': 'A year off by one between versions',
  'month-differs': 'The month differs between versions',
  'weekday-differs': 'The weekday differs between versions',
  'date-differs': 'Dates differ between versions',
  'given-name-differs': "A person's given name differs between versions",
  'value-differs': 'A figure differs between versions',
};

function location(m: Mention, id?: number) {
  return {
    ...(id !== undefined ? { id } : {}),
    physicalLocation: {
      artifactLocation: { uri: m.path.split('\\').join('/') },
      region: { startLine: m.line, startColumn: m.column, endColumn: m.column + [...m.text].length, snippet: { text: m.text } },
    },
    message: { text: `${m.lang}: ${m.text}` },
  };
}

function messageOf(d: Discrepancy): string {
  if (d.kind === 'conflict') return d.group.message ?? conflictMessage(d.group);
  const langs = [...new Set(d.group.mentions.map((m) => m.lang))].join(', ');
  return `${d.group.type} ${describeValue(d.group)} is stated in ${langs} but not in ${d.absent.join(', ')}`;
}

export function checkSarif(discrepancies: readonly Discrepancy[], version: string): string {
  const ruleIds = [...new Set(discrepancies.map((d) => (d.kind === 'missing' ? 'missing' : d.group.code ?? 'value-differs')))].sort();
  const results = discrepancies.map((d) => {
    const ruleId = d.kind === 'missing' ? 'missing' : d.group.code ?? 'value-differs';
    // The outlier: the mentions of the smallest variant, else the first mention.
    const outlierPaths = new Set(d.group.variants?.at(-1)?.paths ?? [d.group.mentions[0]!.path]);
    const primary = d.group.mentions.find((m) => outlierPaths.has(m.path)) ?? d.group.mentions[0]!;
    const related = d.group.mentions.filter((m) => m !== primary);
    return {
      ruleId,
      ruleIndex: ruleIds.indexOf(ruleId),
      level: d.kind === 'conflict' ? 'error' : 'warning',
      message: { text: messageOf(d) },
      locations: [location(primary)],
      ...(related.length ? { relatedLocations: related.map((m, i) => location(m, i + 1)) } : {}),
      partialFingerprints: { factdiff: d.fingerprint },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factdiff',
            version,
            informationUri: 'https://github.com/factdiff/factdiff',
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: RULES[id] ?? id } })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
