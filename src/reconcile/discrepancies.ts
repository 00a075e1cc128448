// What `check` reports: conflicts, and facts some versions state and others leave out.
import { createHash } from 'node:crypto';
import type { Group } from './types.js';

export type DiscrepancyKind = 'conflict' | 'missing';
export type FailOn = DiscrepancyKind | 'any' | 'none';

export interface Discrepancy {
  kind: DiscrepancyKind;
  story: string;
  group: Group;
  /** Paths of the story's versions that do not state the fact (missing). */
  absent: string[];
  /** Stable across runs and machines: the story, the fact and what differs, not offsets. */
  fingerprint: string;
}

export function kindsFor(failOn: FailOn): DiscrepancyKind[] {
  if (failOn === 'any') return ['conflict', 'missing'];
  if (failOn === 'none') return ['conflict'];
  return [failOn];
}

function fingerprint(kind: DiscrepancyKind, story: string, group: Group, absent: readonly string[]): string {
  const variants = (group.variants ?? []).map((v) => `${v.value}|${v.currency ?? ''}|${v.paths.join(',')}`).sort();
  const parts = [kind, story, group.type, String(group.key ?? group.value), group.currency ?? '', ...variants, ...absent];
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 24);
}

/** A story's discrepancies of the given kinds; conflicts only from `minConfidence` on (those below are reported by reconcile, not failed on). */
export function discrepanciesOf(story: string, paths: readonly string[], groups: readonly Group[], kinds: readonly DiscrepancyKind[], minConfidence = 0): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const group of groups) {
    if (group.status === 'conflict' && (group.confidence ?? 1) < minConfidence) continue;
    if (group.status === 'conflict' && kinds.includes('conflict')) {
      out.push({ kind: 'conflict', story, group, absent: [], fingerprint: fingerprint('conflict', story, group, []) });
    } else if (group.status !== 'conflict' && kinds.includes('missing')) {
      const present = new Set(group.mentions.map((m) => m.path));
      const absent = paths.filter((p) => !present.has(p));
      if (absent.length) out.push({ kind: 'missing', story, group, absent, fingerprint: fingerprint('missing', story, group, absent) });
    }
  }
  return out;
}
