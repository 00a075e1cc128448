// check --format sarif: SARIF 2.1.0 for code scanning. Each discrepancy is one result: a
// conflict located at the versions that differ, the versions that agree as related locations;
// a missing fact located at the versions that state it, naming those that lack it. Bad inputs
// are notifications of the run's invocation. Columns are Unicode code points, as factdiff
// counts them everywhere.
import type { Discrepancy } from '../reconcile/discrepancies.js';
import type { Mention } from '../reconcile/types.js';
import type { CheckFormatter } from './CheckFormatter.js';
import { conflictMessage } from './conflictMessage.js';
import { describeValue } from './describeFact.js';
import { differingPaths } from './differingPaths.js';
import { SARIF_RULES } from './sarifRules.js';

const uri = (path: string) => path.split('\\').join('/');

function location(m: Mention, id?: number) {
  return {
    ...(id !== undefined ? { id } : {}),
    physicalLocation: {
      artifactLocation: { uri: uri(m.path) },
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

type RuleId = keyof typeof SARIF_RULES;
const ruleIdOf = (d: Discrepancy): RuleId => (d.kind === 'missing' ? 'missing' : d.group.code ?? 'value-differs');

export function checkSarif(version: string): CheckFormatter {
  const found: Discrepancy[] = [];
  return {
    begin: () => '',
    story({ discrepancies }) {
      found.push(...discrepancies);
      return '';
    },
    end({ errors }) {
      const ruleIds = [...new Set(found.map(ruleIdOf))].sort();
      const results = found.map((d) => {
        const ruleId = ruleIdOf(d);
        const differing = d.kind === 'conflict' ? differingPaths(d.group) : new Set(d.group.mentions.map((m) => m.path));
        const primary = d.group.mentions.filter((m) => differing.has(m.path));
        const related = d.group.mentions.filter((m) => !differing.has(m.path));
        return {
          ruleId,
          ruleIndex: ruleIds.indexOf(ruleId),
          level: d.kind === 'conflict' ? 'error' : 'warning',
          message: { text: messageOf(d) },
          locations: primary.map((m) => location(m)),
          ...(related.length ? { relatedLocations: related.map((m, i) => location(m, i + 1)) } : {}),
          partialFingerprints: { factdiff: d.fingerprint },
        };
      });
      const rules = ruleIds.map((id) => {
        const rule = SARIF_RULES[id];
        return {
          id,
          name: rule.name,
          shortDescription: { text: rule.short },
          fullDescription: { text: rule.full },
          help: { text: rule.full },
          defaultConfiguration: { level: id === 'missing' ? 'warning' : 'error' },
        };
      });
      const notifications = errors.map((e) => ({
        level: 'error',
        message: { text: e.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: uri(e.path) } } }],
      }));
      const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'factdiff', version, rules } },
            invocations: [{ executionSuccessful: errors.length === 0, toolExecutionNotifications: notifications }],
            columnKind: 'unicodeCodePoints',
            results,
          },
        ],
      };
      return `${JSON.stringify(log, null, 2)}\n`;
    },
  };
}
