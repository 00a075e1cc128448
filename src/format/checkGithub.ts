// check --format github: workflow commands that GitHub Actions shows as annotations.
import type { Discrepancy } from '../reconcile/discrepancies.js';
import { conflictMessage } from './conflictMessage.js';
import { describeValue } from './describeFact.js';

/** Escapes of workflow-command data: %, CR and LF; properties also escape : and ,. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function checkGithub(discrepancies: readonly Discrepancy[]): string {
  return discrepancies
    .flatMap((d) => {
      const title = d.kind === 'conflict' ? `factdiff: ${d.group.code ?? 'conflict'}` : 'factdiff: missing';
      const message =
        d.kind === 'conflict'
          ? d.group.message ?? conflictMessage(d.group)
          : `${d.group.type} ${describeValue(d.group)} is not in ${d.absent.join(', ')}`;
      const level = d.kind === 'conflict' ? 'error' : 'warning';
      // One annotation at each version that states the fact, so every file shows it.
      const seen = new Set<string>();
      return d.group.mentions
        .filter((m) => !seen.has(m.path) && seen.add(m.path))
        .map(
          (m) =>
            `::${level} file=${escapeProperty(m.path)},line=${m.line},col=${m.column},endColumn=${m.column + [...m.text].length},title=${escapeProperty(title)}::${escapeData(`${m.lang} "${m.text}": ${message}`)}\n`,
        );
    })
    .join('');
}
