// reconcile --format json: {"documents", "groups", "errors"}, or with --group-by stem
// {"stories": [{"name", "documents", "groups"}], "errors"}; streamed story by story.
import type { ReconcileFormatter } from './ReconcileFormatter.js';

export function reconcileJson(byStem: boolean): ReconcileFormatter {
  let stories = 0;
  let single = '';
  return {
    begin: () => (byStem ? '{"stories":[' : ''),
    story(result) {
      if (!byStem) {
        // One story: its documents and groups are the top level.
        single = `{"documents":${JSON.stringify(result.documents)},"groups":${JSON.stringify(result.groups)}`;
        return '';
      }
      return (stories++ ? ',' : '') + JSON.stringify(result);
    },
    end: (errors) => (byStem ? `],"errors":${JSON.stringify(errors)}}\n` : `${single || '{"documents":[],"groups":[]'},"errors":${JSON.stringify(errors)}}\n`),
  };
}
