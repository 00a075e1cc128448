// Facts written by `extract --format ndjson` (shards may be concatenated), read back into
// documents for reconciliation. Read line by line: only the facts are kept, never the text.
// Each line is checked against the fact schema (schema/fact.schema.json, with path and lang)
// and its offsets against its text; a bad line is an error naming FILE:LINE and what is wrong.
import type { ExtractedDocument, Fact, InputError } from '../types.js';
import { ReadError } from './readDocument.js';
import { readLines } from './readLines.js';
import { schemaValidator } from './schemaValidator.js';

type FactLine = Fact & { path: string; lang: string; neutral?: true };

const schemaProblems = schemaValidator('fact.schema.json', ['path', 'lang']);

/** What is wrong with a parsed line, or undefined for a fact line. */
function factLineProblem(v: unknown): string | undefined {
  const problems = schemaProblems(v);
  if (problems.length) return problems.join('; ');
  const f = v as FactLine;
  if (f.end < f.start) return `end ${f.end} is before start ${f.start}`;
  if (f.end - f.start !== f.text.length) return `start ${f.start} and end ${f.end} do not span the ${f.text.length} code units of its text`;
  return undefined;
}

export interface FactDocuments {
  documents: ExtractedDocument[];
  errors: InputError[];
}

/** Documents in the order their first fact appears; bad lines are errors naming FILE:LINE. */
export async function readFactLines(source: string, stdin: () => NodeJS.ReadableStream, maxBytes?: number): Promise<FactDocuments> {
  const errors: InputError[] = [];
  const byPath = new Map<string, ExtractedDocument>();
  try {
    for await (const line of readLines(source, stdin, maxBytes)) {
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
      const problem = factLineProblem(parsed);
      if (problem !== undefined) {
        errors.push({ path: where, message: `not a fact line as extract --format ndjson writes it: ${problem}` });
        continue;
      }
      const { path, lang, neutral, ...fact } = parsed as FactLine;
      const doc = byPath.get(path) ?? { path, lang, ...(neutral ? { neutral } : {}), facts: [] };
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
