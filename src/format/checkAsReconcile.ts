// check in a reconcile format (json, ndjson, yaml): each story with only its discrepancies,
// a missing fact carrying the versions that lack it (`absent`).
import type { CheckFormatter } from './CheckFormatter.js';
import type { ReconcileFormatter } from './ReconcileFormatter.js';

export function checkAsReconcile(out: ReconcileFormatter): CheckFormatter {
  return {
    begin: () => out.begin(),
    story: ({ result, discrepancies }) => out.story({ ...result, groups: discrepancies.map((d) => (d.kind === 'missing' ? { ...d.group, absent: d.absent } : d.group)) }),
    end: ({ errors }) => out.end(errors),
  };
}
