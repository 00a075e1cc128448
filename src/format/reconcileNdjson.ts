// reconcile --format ndjson: one group a line, with its story's name.
import type { ReconcileFormatter } from './ReconcileFormatter.js';

export function reconcileNdjson(): ReconcileFormatter {
  return {
    begin: () => '',
    story: (result) => result.groups.map((g) => `${JSON.stringify({ story: result.name, ...g })}\n`).join(''),
    end: () => '',
  };
}
