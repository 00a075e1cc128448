// Known discrepancies a team accepts (`check --write-baseline`), so that `check --baseline`
// fails only on new ones. The file is JSON: a version and the accepted fingerprints, each
// with what it was, for people reading it.
import type { Discrepancy } from './discrepancies.js';

export interface BaselineFile {
  version: 1;
  accepted: Array<{ fingerprint: string; kind: string; story: string; type: string; value: string | number }>;
}

export function baselineOf(discrepancies: readonly Discrepancy[]): BaselineFile {
  return {
    version: 1,
    accepted: discrepancies.map((d) => ({ fingerprint: d.fingerprint, kind: d.kind, story: d.story, type: d.group.type, value: d.group.value })),
  };
}

export class BaselineError extends Error {}

export function parseBaseline(text: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BaselineError('not JSON');
  }
  const accepted = (data as Partial<BaselineFile> | null)?.accepted;
  if ((data as Partial<BaselineFile> | null)?.version !== 1 || !Array.isArray(accepted)) {
    throw new BaselineError('not a factdiff baseline (expected {"version": 1, "accepted": [...]})');
  }
  return new Set(accepted.map((a) => String((a as { fingerprint?: unknown }).fingerprint)));
}
