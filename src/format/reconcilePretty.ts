// reconcile --format pretty: one story at a glance. Rows are facts, columns are the
// versions; conflicts first with their explanation, agreements quiet, then what only one
// version says. Readable without colour: the first column says what each row is.
//
// Columns are as wide as their widest cell, measured as a terminal shows text. On a terminal
// too narrow for that, a conflict's cells only mark which versions differ (✗) and its values
// follow one version a line, so no value is ever cut; explanations wrap at the edge.
import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { Group } from '../reconcile/types.js';
import { escapeControl } from '../text/escapeControl.js';
import { conflictMessage } from './conflictMessage.js';
import { describeValue } from './describeFact.js';
import { differingPaths } from './differingPaths.js';
import { typeColour } from './extractPretty.js';
import { fitWidth } from './fitWidth.js';
import type { ReconcileFormatter, StoryResult } from './ReconcileFormatter.js';
import { versionLabels } from './versionLabels.js';
import { wrapWidth } from './wrapWidth.js';

const MARK_WIDTH = 8;
const MAX_LABEL = 40;
const MIN_LABEL = 12;
const INDENT = ' '.repeat(MARK_WIDTH + 1);

const STATUS_ORDER = { conflict: 0, agree: 1, single: 2 } as const;
const MARK = { conflict: 'CONFLICT', agree: 'agree', single: 'single' } as const;

const isName = (g: Group) => g.type === 'person' || g.type === 'org' || g.type === 'place';

function label(g: Group): string {
  return escapeControl(`${g.type} ${isName(g) ? String(g.value) : describeValue(g)}`);
}

/** What a version says of a conflict, as written (names) or normalised (figures). */
function said(g: Group, path: string): string | undefined {
  const m = g.mentions.find((x) => x.path === path);
  if (!m) return undefined;
  return isName(g) ? escapeControl(m.text) : describeValue({ type: g.type, value: m.value, currency: m.currency });
}

function cell(g: Group, path: string, compact: boolean): string {
  const value = said(g, path);
  if (value === undefined) return '·';
  if (g.status !== 'conflict') return '✓';
  if (!compact) return value;
  return differingPaths(g).has(path) ? '✗' : '✓';
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

interface Layout {
  compact: boolean;
  label: number;
  cells: number[];
}

function layout(groups: readonly Group[], paths: readonly string[], headers: readonly string[], columns: number | undefined): Layout {
  const labelWidth = Math.min(MAX_LABEL, Math.max(stringWidth('fact'), ...groups.map((g) => stringWidth(label(g)))));
  const widths = (compact: boolean) => paths.map((p, i) => Math.max(stringWidth(headers[i]!), ...groups.map((g) => stringWidth(cell(g, p, compact)))));
  const wide = widths(false);
  const total = (labelW: number, cells: number[]) => MARK_WIDTH + 1 + labelW + sum(cells.map((w) => w + 1));
  if (columns === undefined || total(labelWidth, wide) <= columns) return { compact: false, label: labelWidth, cells: wide };
  const narrow = widths(true);
  const room = columns - total(0, narrow);
  return { compact: true, label: Math.max(MIN_LABEL, Math.min(labelWidth, room)), cells: narrow };
}

/** The pretty formatter; `columns` is the terminal's width, undefined when not on a terminal. */
export function reconcilePretty(chalk: ChalkInstance, columns?: number): ReconcileFormatter {
  const totals = { agree: 0, conflict: 0, single: 0 };
  return {
    begin: () => '',
    story(result: StoryResult) {
      const { documents, groups } = result;
      const paths = documents.map((d) => d.path);
      const headers = versionLabels(documents);
      const sorted = [...groups].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
      const shape = layout(sorted, paths, headers, columns);
      const headerWidth = Math.max(...headers.map((h) => stringWidth(h)));
      const row = (cells: string[]) => cells.map((c, i) => fitWidth(c, shape.cells[i]!)).join(' ');
      const lines: string[] = [];
      lines.push(chalk.bold(`${escapeControl(result.name) || 'story'}: ${documents.length} ${documents.length === 1 ? 'version' : 'versions'}`));
      documents.forEach((d, i) => lines.push(chalk.dim(`  ${fitWidth(headers[i]!, headerWidth)} ${escapeControl(d.path)}`)));
      lines.push('');
      lines.push(`${INDENT}${fitWidth('fact', shape.label)} ${row(headers)}`.trimEnd());
      for (const g of sorted) {
        totals[g.status]++;
        const text = `${fitWidth(MARK[g.status], MARK_WIDTH)} ${typeColour(chalk, g.type)(fitWidth(label(g), shape.label))} ${row(paths.map((p) => cell(g, p, shape.compact)))}`.trimEnd();
        if (g.status !== 'conflict') {
          lines.push(g.status === 'agree' ? text : chalk.dim(text));
          continue;
        }
        lines.push(chalk.red.bold(text));
        const message = g.message ?? conflictMessage(g);
        for (const part of columns === undefined ? [message] : wrapWidth(message, columns - INDENT.length)) lines.push(chalk.red(`${INDENT}${part}`));
        if (shape.compact) {
          paths.forEach((p, i) => {
            const value = said(g, p);
            if (value !== undefined) lines.push(chalk.red(`${INDENT}  ${fitWidth(headers[i]!, headerWidth)} ${value}`));
          });
        }
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
