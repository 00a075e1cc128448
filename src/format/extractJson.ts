// extract --format json: {"documents": [...], "errors": [...]}, one line, streamed.
import type { ExtractFormatter } from './ExtractFormatter.js';

export function extractJson(): ExtractFormatter {
  let first = true;
  return {
    begin: () => '{"documents":[',
    document(doc) {
      const sep = first ? '' : ',';
      first = false;
      return sep + JSON.stringify(doc);
    },
    end: (errors) => `],"errors":${JSON.stringify(errors)}}\n`,
  };
}
