// --baseline FILE: the discrepancies a team accepts, as fingerprints and as the entries
// written for people, which name what a stale one was. The file is read up to --max-size and
// checked against schema/baseline.schema.json, each bad entry named.
import { readDocument, ReadError } from '../io/readDocument.js';
import { schemaValidator } from '../io/schemaValidator.js';
import { BaselineError, parseBaseline, type BaselineFile } from '../reconcile/baseline.js';

export interface Baseline {
  fingerprints: Set<string>;
  entries: BaselineFile['accepted'];
}

const baselineProblems = schemaValidator('baseline.schema.json');

/** The baseline, or every problem with it (each a line of its own). */
export function readBaseline(file: string, maxBytes: number): Baseline | string[] {
  let text: string;
  try {
    text = readDocument(file, maxBytes);
  } catch (e) {
    if (e instanceof ReadError) return [`cannot read it (${e.message})`];
    throw e;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return ['not a factdiff baseline: not JSON'];
  }
  const problems = baselineProblems(data);
  if (problems.length) return problems.map((p) => `not a factdiff baseline (expected {"version": 1, "accepted": [{"fingerprint": ...}]}): ${p}`);
  try {
    return { fingerprints: parseBaseline(text), entries: (data as BaselineFile).accepted };
  } catch (e) {
    if (e instanceof BaselineError) return [e.message];
    throw e;
  }
}
