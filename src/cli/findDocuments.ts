// The documents of a run's PATHs, with one note on stderr for each file --group-by stem
// cannot place in a story because it is not named NAME.LANG.EXT.
import { findInputs, STDIN, type Inputs } from '../io/findInputs.js';
import { hasStoryName, type GroupBy } from '../io/groupStories.js';
import type { CliIo } from './io.js';

export interface SelectionOptions {
  exclude?: string[];
  groupBy: GroupBy;
}

export function warnUnnamed(files: readonly string[], groupBy: GroupBy, io: CliIo): void {
  if (groupBy !== 'stem') return;
  for (const file of files) {
    if (file !== STDIN && !hasStoryName(file)) io.warn(`factdiff: ${file}: not named NAME.LANG.EXT (e.g. flood.de.txt); --group-by stem reads it as a story of its own`);
  }
}

export function findDocuments(paths: readonly string[], options: SelectionOptions, io: CliIo): Inputs {
  const inputs = findInputs(paths, { exclude: options.exclude });
  warnUnnamed(inputs.files, options.groupBy, io);
  return inputs;
}
