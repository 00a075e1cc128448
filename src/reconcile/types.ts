// The shapes of reconciliation: a story's documents in, groups of mentions out.
import type { Fact, FactType } from '../types.js';
import type { ConflictCode } from './explain.js';

export interface StoryDocument {
  path: string;
  lang: string;
  /** Read by the language-neutral core (no pack for its language). */
  neutral?: true;
  facts: Fact[];
}

export interface Mention {
  path: string;
  lang: string;
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  value: number | string;
  currency?: string;
}

export interface Variant {
  value: number | string;
  currency?: string;
  /** The unit of measure the value is given in (CLDR id), where the versions give several. */
  unit?: string;
  paths: string[];
  langs: string[];
}

export type GroupStatus = 'agree' | 'conflict' | 'single';

export interface Group {
  type: FactType;
  status: GroupStatus;
  value: number | string;
  currency?: string;
  /** Names: the key the mentions share (a person's family name). */
  key?: string;
  /** Conflicts: the likely cause, its arguments, and the explanation in words. */
  code?: ConflictCode;
  args?: Record<string, string | number>;
  message?: string;
  /** Conflicts: how sure it is that the variants are one fact stated differently, from 0 to 1. */
  confidence?: number;
  /** Conflicts: the versions that differ from the original (--source) or from a clear majority; empty when none can be named. */
  differing?: string[];
  variants?: Variant[];
  /**
   * Facts the pivot states that some versions lack: for each such version, the line of its
   * sentence aligned with the pivot's, or no line when none aligns (the sentence is left out).
   */
  missingAt?: Array<{ path: string; line?: number }>;
  mentions: Mention[];
}

/**
 * Which sentences of each version say what which sentences of the pivot say: by version (in
 * the order of the story's documents), its links in text order, each a run of the pivot's
 * sentences and a run of the version's (0-based sentence indices); the pivot's own entry is empty.
 * Only sentences that state facts are linked.
 */
export interface StoryAlignment {
  pivot: number;
  links: Array<Array<{ pivot: number[]; version: number[] }>>;
}

export interface ReconcileOptions {
  /** Relative difference that still agrees, beyond the rounding of the written values (0.01 = 1 %). */
  tolerance: number;
  /** The path of the original: the other versions are its translations, aligned to it. */
  source?: string;
}
