// --baseline FILE: the discrepancies a team accepts, as fingerprints and as the entries
// written for people, which name what a stale one was.
import { readFileSync } from 'node:fs';
import { BaselineError, parseBaseline, type BaselineFile } from '../reconcile/baseline.js';
import { UsageError } from './UsageError.js';

export interface Baseline {
  fingerprints: Set<string>;
  entries: BaselineFile['accepted'];
}

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--baseline ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const fingerprints = parseBaseline(text);
    return { fingerprints, entries: (JSON.parse(text) as BaselineFile).accepted };
  } catch (e) {
    if (e instanceof BaselineError) throw new UsageError(`--baseline ${file}: ${e.message}`);
    throw e;
  }
}
