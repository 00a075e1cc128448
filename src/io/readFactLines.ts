// Facts written by `extract --format ndjson` (shards may be concatenated), read back into
// documents for reconciliation. Read line by line: only the facts are kept, never the text.
import type { ExtractedDocument, Fact, InputError } from '../types.js';
import { FACT_TYPES } from '../types.js';
import { ReadError } from './readDocument.js';
import { readLines } from './readLines.js';

function isFactLine(v: unknown): v is Fact & { path: string; lang: string } {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.path === 'string' &&
    typeof o.lang === 'string' &&
    (FACT_TYPES as readonly unknown[]).includes(o.type) &&
    typeof o.start === 'number' &&
    typeof o.end === 'number' &&
    typeof o.text === 'string' &&
    (typeof o.value === 'number' || typeof o.value === 'string')
  );
}

export interface FactDocuments {
  documents: ExtractedDocument[];
  errors: InputError[];
}

/** Documents in the order their first fact appears; bad lines are errors naming FILE:LINE. */
export async function readFactLines(source: string, stdin: () => NodeJS.ReadableStream): Promise<FactDocuments> {
  const errors: InputError[] = [];
  const byPath = new Map<string, ExtractedDocument>();
  try {
    for await (const line of readLines(source, stdin)) {
      const where = `${source}:${line.number}`;
      if ('error' in line) {
        errors.push({ path: where, message: line.error });
        continue;
      }
      if (!line.text.trim()) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line.text);
      } catch {
        errors.push({ path: where, message: 'not JSON; expected one fact per line as written by extract --format ndjson' });
        continue;
      }
      if (!isFactLine(parsed)) {
        errors.push({ path: where, message: 'not a fact line (needs path, lang, type, text, start, end, value)' });
        continue;
      }
      const { path, lang, ...fact } = parsed;
      const doc = byPath.get(path) ?? { path, lang, facts: [] };
      doc.facts.push(fact as Fact);
      byPath.set(path, doc);
    }
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    errors.push({ path: source, message: e.message });
  }
  for (const doc of byPath.values()) doc.facts.sort((a, b) => a.start - b.start || a.end - b.end);
  return { documents: [...byPath.values()], errors };
}
