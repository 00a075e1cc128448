// Output of `check`, written story by story: each story's full result (for the counts) and
// the discrepancies that are reported; at the end, the input errors and the baseline's news.
import type { Discrepancy } from '../reconcile/discrepancies.js';
import type { StoryAlignment } from '../reconcile/types.js';
import type { InputError } from '../types.js';
import type { StoryResult } from './ReconcileFormatter.js';

export interface CheckedStory {
  result: StoryResult;
  /** The discrepancies of the kinds in --fail-on that no baseline accepts. */
  discrepancies: Discrepancy[];
  /** The versions' texts by path, for the formats that show them (html); a version without one is not at hand. */
  texts?: ReadonlyMap<string, string>;
  /** How reconcile aligned the versions' sentences (html shows them side by side so); by line when not given. */
  sentences?: StoryAlignment;
}

export interface StaleEntry {
  story: string;
  type: string;
  value: string | number;
  kind: string;
}

export interface CheckEnd {
  errors: readonly InputError[];
  /** Discrepancies found that the baseline accepts. */
  accepted: number;
  /** Baseline entries that match nothing found in this run. */
  stale: readonly StaleEntry[];
}

export interface CheckFormatter {
  begin(): string;
  story(story: CheckedStory): string;
  end(end: CheckEnd): string;
}
