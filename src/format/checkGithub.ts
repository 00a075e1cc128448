// check --format github: workflow commands that GitHub Actions shows as annotations. A
// conflict is an error at each version that differs and a notice at the versions that agree;
// a missing fact a warning on each version that lacks it; a bad input an error on its file.
import type { Discrepancy } from '../reconcile/discrepancies.js';
import type { Mention } from '../reconcile/types.js';
import type { CheckFormatter } from './CheckFormatter.js';
import { conflictMessage } from './conflictMessage.js';
import { describeValue } from './describeFact.js';
import { differingPaths } from './differingPaths.js';

/** Escapes of workflow-command data: %, CR and LF; properties also escape : and ,. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(level: 'error' | 'warning' | 'notice', properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${level} ${props}::${escapeData(message)}\n`;
}

function at(m: Mention): Record<string, string | number> {
  return { file: m.path, line: m.line, col: m.column, endColumn: m.column + [...m.text].length };
}

function firstPerPath(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.path) && seen.add(m.path));
}

function annotations(d: Discrepancy): string {
  const group = d.group;
  if (d.kind === 'conflict') {
    const message = group.message ?? conflictMessage(group);
    const differing = differingPaths(group);
    return firstPerPath(group.mentions)
      .map((m) =>
        differing.has(m.path)
          ? command('error', { ...at(m), title: `factdiff: ${group.code ?? 'conflict'}` }, `${m.lang} "${m.text}": ${message}`)
          : command('notice', { ...at(m), title: `factdiff: ${group.code ?? 'conflict'} (agrees)` }, `${m.lang} "${m.text}" agrees with the majority: ${message}`),
      )
      .join('');
  }
  const stated = firstPerPath(group.mentions)
    .map((m) => `${m.lang} "${m.text}" at ${m.path}:${m.line}:${m.column}`)
    .join('; ');
  return d.absent.map((path) => command('warning', { file: path, title: 'factdiff: missing' }, `${group.type} ${describeValue(group)} is not in this version; stated in ${stated}`)).join('');
}

export function checkGithub(): CheckFormatter {
  return {
    begin: () => '',
    story: ({ discrepancies }) => discrepancies.map(annotations).join(''),
    end: ({ errors, stale }) =>
      errors.map((e) => command('error', { file: e.path, title: 'factdiff: input error' }, e.message)).join('') +
      stale.map((s) => command('warning', { title: 'factdiff: stale baseline entry' }, `the baseline accepts ${s.kind} ${s.type} ${s.value}${s.story ? ` in ${s.story}` : ''}, which this run no longer finds`)).join(''),
  };
}
