// extract --format yaml: the JSON shape as one YAML document.
import { stringify } from 'yaml';
import type { ExtractedDocument } from '../types.js';
import type { ExtractFormatter } from './ExtractFormatter.js';

export function extractYaml(): ExtractFormatter {
  const documents: ExtractedDocument[] = [];
  return {
    begin: () => '',
    document(doc) {
      documents.push(doc);
      return '';
    },
    end: (errors) => stringify({ documents, errors }, { lineWidth: 0 }),
  };
}
