// reconcile --format yaml: the JSON shape as one YAML document.
import { stringify } from 'yaml';
import type { ReconcileFormatter, StoryResult } from './ReconcileFormatter.js';

export function reconcileYaml(byStem: boolean): ReconcileFormatter {
  const stories: StoryResult[] = [];
  return {
    begin: () => '',
    story(result) {
      stories.push(result);
      return '';
    },
    end(errors) {
      if (byStem) return stringify({ stories, errors }, { lineWidth: 0 });
      const [only] = stories;
      return stringify({ documents: only?.documents ?? [], groups: only?.groups ?? [], errors }, { lineWidth: 0 });
    },
  };
}
