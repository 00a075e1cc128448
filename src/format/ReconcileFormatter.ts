// Output of `reconcile` and `check`, written story by story.
import type { Group } from '../reconcile/types.js';
import type { InputError } from '../types.js';

export interface StoryResult {
  /** The story's NAME with --group-by stem; empty when all documents are one story. */
  name: string;
  documents: Array<{ path: string; lang: string; neutral?: true }>;
  groups: Group[];
}

export interface ReconcileFormatter {
  begin(): string;
  story(result: StoryResult): string;
  end(errors: readonly InputError[]): string;
}
