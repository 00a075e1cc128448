// check --format pretty: only the stories with discrepancies; each discrepancy with its
// explanation and, version by version, where the fact stands (path:line:column) and its text,
// or that the version lacks it. The summary counts every fact of every story checked.
import type { ChalkInstance } from 'chalk';
import type { Discrepancy, DiscrepancyKind } from '../reconcile/discrepancies.js';
import type { Group } from '../reconcile/types.js';
import type { CheckedStory, CheckFormatter } from './CheckFormatter.js';
import { conflictMessage } from './conflictMessage.js';
import { describeValue } from './describeFact.js';
import { differingPaths } from './differingPaths.js';
import { versionLabels } from './versionLabels.js';

const INDENT = ' '.repeat(9);

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function label(g: Group): string {
  return g.type === 'person' || g.type === 'org' || g.type === 'place' ? String(g.value) : describeValue(g);
}

function discrepancyLines(d: Discrepancy, documents: CheckedStory['result']['documents'], chalk: ChalkInstance): string[] {
  const labels = versionLabels(documents);
  const width = Math.max(...labels.map((l) => l.length));
  const g = d.group;
  const lines: string[] = [];
  if (d.kind === 'conflict') {
    lines.push(chalk.red.bold(`CONFLICT ${g.type} ${label(g)}`));
    lines.push(chalk.red(`${INDENT}${g.message ?? conflictMessage(g)}`));
  } else {
    const lacking = documents.filter((doc) => d.absent.includes(doc.path)).map((doc) => labels[documents.indexOf(doc)]);
    lines.push(chalk.yellow.bold(`MISSING  ${g.type} ${label(g)}`));
    lines.push(chalk.yellow(`${INDENT}not in ${lacking.join(', ')}`));
  }
  const differing = d.kind === 'conflict' ? differingPaths(g) : new Set(d.absent);
  documents.forEach((doc, i) => {
    const name = labels[i]!.padEnd(width);
    const here = g.mentions.filter((m) => m.path === doc.path);
    if (here.length === 0) {
      const line = `${INDENT}${name}  ${doc.path}  (missing)`;
      lines.push(differing.has(doc.path) ? chalk.yellow(line) : chalk.dim(line));
      return;
    }
    for (const m of here) {
      const value = g.type === 'person' || g.type === 'org' || g.type === 'place' ? '' : `  = ${describeValue({ type: g.type, value: m.value, currency: m.currency })}`;
      const line = `${INDENT}${name}  ${m.path}:${m.line}:${m.column}  ${JSON.stringify(m.text)}${value}`;
      lines.push(d.kind === 'conflict' && differing.has(m.path) ? chalk.red(line) : line);
    }
  });
  return lines;
}

export function checkPretty(chalk: ChalkInstance, kinds: readonly DiscrepancyKind[]): CheckFormatter {
  const totals = { stories: 0, withDiscrepancies: 0, conflict: 0, missing: 0 };
  const facts = { agree: 0, conflict: 0, single: 0 };
  return {
    begin: () => '',
    story({ result, discrepancies }) {
      totals.stories++;
      for (const g of result.groups) facts[g.status]++;
      if (discrepancies.length === 0) return '';
      totals.withDiscrepancies++;
      const lines = [chalk.bold(`${result.name || 'story'}: ${plural(result.documents.length, 'version', 'versions')}`)];
      for (const d of discrepancies) {
        totals[d.kind]++;
        lines.push(...discrepancyLines(d, result.documents, chalk));
      }
      return `${lines.join('\n')}\n\n`;
    },
    end({ errors, accepted, stale }) {
      const found = [plural(totals.conflict, 'conflict', 'conflicts')];
      if (kinds.includes('missing')) found.push(`${plural(totals.missing, 'fact', 'facts')} missing from some versions`);
      const where = `in ${totals.withDiscrepancies} of ${plural(totals.stories, 'story', 'stories')}`;
      const all = `facts: ${facts.conflict} conflicting, ${facts.agree} agreeing, ${facts.single} in one version only`;
      const baseline = accepted || stale.length ? `; baseline: ${accepted} accepted, ${stale.length} stale` : '';
      const summary = `${found.join(', ')} ${where}; ${all}${baseline}`;
      const bad = totals.conflict + totals.missing > 0;
      const errorLine = errors.length ? `\n${chalk.red(`${plural(errors.length, 'input error', 'input errors')} (see above)`)}` : '';
      return `${bad ? chalk.red.bold(summary) : chalk.green(summary)}${errorLine}\n`;
    },
  };
}
