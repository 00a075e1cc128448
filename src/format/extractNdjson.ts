// extract --format ndjson: one fact a line, with the document's path and language.
import type { ExtractFormatter } from './ExtractFormatter.js';

export function extractNdjson(): ExtractFormatter {
  return {
    begin: () => '',
    document: (doc) => doc.facts.map((f) => `${JSON.stringify({ ...f, path: doc.path, lang: doc.lang, ...(doc.neutral ? { neutral: true } : {}) })}\n`).join(''),
    end: () => '',
  };
}
