// Facts written by `extract --format ndjson` (shards may be concatenated), read back into
// documents for reconciliation.
import { readDocument, ReadError } from './readDocument.js';
import type { ExtractedDocument, Fact, InputError } from '../types.js';
import { FACT_TYPES } from '../types.js';

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
export function readFactLines(source: string): FactDocuments {
  const errors: InputError[] = [];
  let text: string;
  try {
    text = readDocument(source);
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    return { documents: [], errors: [{ path: source, message: e.message }] };
  }
  const byPath = new Map<string, ExtractedDocument>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      errors.push({ path: `${source}:${i + 1}`, message: 'not JSON; expected one fact per line as written by extract --format ndjson' });
      return;
    }
    if (!isFactLine(parsed)) {
      errors.push({ path: `${source}:${i + 1}`, message: 'not a fact line (needs path, lang, type, text, start, end, value)' });
      return;
    }
    const { path, lang, ...fact } = parsed;
    const doc = byPath.get(path) ?? { path, lang, facts: [] };
    doc.facts.push(fact as Fact);
    byPath.set(path, doc);
  });
  for (const doc of byPath.values()) doc.facts.sort((a, b) => a.start - b.start || a.end - b.end);
  return { documents: [...byPath.values()], errors };
}
