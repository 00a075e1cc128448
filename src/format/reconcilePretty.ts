// reconcile --format pretty: one story at a glance. Rows are facts, columns are the
// versions; conflicts first with their explanation, agreements quiet, then what only one
// version says. Readable without colour: the first column says what each row is.
import type { ChalkInstance } from 'chalk';
import type { Group } from '../reconcile/types.js';
import { escapeControl } from '../text/escapeControl.js';
import { conflictMessage } from './conflictMessage.js';
import { describeValue } from './describeFact.js';
import { typeColour } from './extractPretty.js';
import type { ReconcileFormatter, StoryResult } from './ReconcileFormatter.js';

const CELL = 12;
const LABEL = 34;

function fit(text: string, width: number): string {
  const chars = [...escapeControl(text)];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : chars.join('') + ' '.repeat(width - chars.length);
}

const STATUS_ORDER = { conflict: 0, agree: 1, single: 2 } as const;
const MARK = { conflict: 'CONFLICT', agree: 'agree', single: 'single' } as const;

function label(g: Group): string {
  return g.type === 'person' || g.type === 'org' || g.type === 'place' ? String(g.value) : describeValue(g);
}

function cell(g: Group, path: string): string {
  const here = g.mentions.filter((m) => m.path === path);
  if (here.length === 0) return '·';
  if (g.status !== 'conflict') return '✓';
  const m = here[0]!;
  return g.type === 'person' || g.type === 'org' || g.type === 'place' ? m.text : describeValue({ type: g.type, value: m.value, currency: m.currency });
}

export function reconcilePretty(chalk: ChalkInstance): ReconcileFormatter {
  const totals = { agree: 0, conflict: 0, single: 0 };
  return {
    begin: () => '',
    story(result: StoryResult) {
      const { documents, groups } = result;
      const counts = new Map<string, number>();
      const headers = documents.map((d) => {
        const n = (counts.get(d.lang) ?? 0) + 1;
        counts.set(d.lang, n);
        return n > 1 ? `${d.lang}${n}` : d.lang;
      });
      const lines: string[] = [];
      const title = escapeControl(result.name) || 'story';
      lines.push(chalk.bold(`${title}: ${documents.length} versions`));
      documents.forEach((d, i) => lines.push(chalk.dim(`  ${headers[i]!.padEnd(4)} ${escapeControl(d.path)}`)));
      lines.push('');
      lines.push(`${' '.repeat(9)}${fit('fact', LABEL)} ${headers.map((h) => fit(h, CELL)).join(' ')}`);
      const sorted = [...groups].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
      for (const g of sorted) {
        totals[g.status]++;
        const row = `${fit(MARK[g.status], 8)} ${typeColour(chalk, g.type)(fit(`${g.type} ${label(g)}`, LABEL))} ${documents.map((d) => fit(cell(g, d.path), CELL)).join(' ')}`;
        if (g.status === 'conflict') {
          lines.push(chalk.red.bold(row));
          lines.push(chalk.red(`${' '.repeat(9)}${escapeControl(g.message ?? conflictMessage(g))}`));
        } else lines.push(g.status === 'agree' ? row : chalk.dim(row));
      }
      return `${lines.join('\n')}\n\n`;
    },
    end: (errors) => {
      const summary = `${totals.conflict} ${totals.conflict === 1 ? 'conflict' : 'conflicts'}, ${totals.agree} agreeing, ${totals.single} in one version only`;
      const errorLine = errors.length ? `\n${chalk.red(`${errors.length} input ${errors.length === 1 ? 'error' : 'errors'} (see above)`)}` : '';
      return `${totals.conflict ? chalk.red.bold(summary) : chalk.green(summary)}${errorLine}\n`;
    },
  };
}
