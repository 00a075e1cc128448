// extract --format pretty: per document a header, then one line a fact.
import type { ChalkInstance } from 'chalk';
import type { FactType } from '../types.js';
import { describeValue } from './describeFact.js';
import type { ExtractFormatter } from './ExtractFormatter.js';
import { escapeControl } from '../text/escapeControl.js';

export function typeColour(chalk: ChalkInstance, type: FactType): (s: string) => string {
  switch (type) {
    case 'money':
      return chalk.green;
    case 'percent':
      return chalk.yellow;
    case 'number':
      return chalk.cyan;
    case 'date':
      return chalk.magenta;
    default:
      return chalk.blue;
  }
}

export function extractPretty(chalk: ChalkInstance): ExtractFormatter {
  return {
    begin: () => '',
    document(doc) {
      const count = doc.facts.length === 1 ? '1 fact' : `${doc.facts.length} facts`;
      const lines = [`${chalk.bold(escapeControl(doc.path))}  ${doc.lang}  ${chalk.dim(count)}`];
      for (const f of doc.facts) {
        const where = chalk.dim(`${f.line}:${f.column}`.padStart(8));
        const value = describeValue(f);
        lines.push(`${where}  ${typeColour(chalk, f.type)(f.type.padEnd(7))}  ${value.padEnd(24)}  ${chalk.dim(JSON.stringify(f.text))}`);
      }
      return `${lines.join('\n')}\n\n`;
    },
    end: (errors) => (errors.length ? `${chalk.red(`${errors.length} input ${errors.length === 1 ? 'error' : 'errors'} (see above)`)}\n` : ''),
  };
}
