// Reading one rule-pack file: YAML with positions, so every problem can name file:line:col.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';
import type { PackProblem } from './PackError.js';

type Yaml = typeof import('yaml');
let yamlModule: Yaml | undefined;

/** The YAML parser, loaded on the first pack read: a run that takes its packs from the cache never needs it. */
function yaml(): Yaml {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as Yaml);
}

export interface PackSource {
  file: string;
  data: unknown;
  /** Finds the line and column of a key path ("rules", 0, "kind"); `key` points at the key, not its value. */
  locate(path: ReadonlyArray<string | number>, key?: boolean): { line: number; column: number };
}

export function formatKeyPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function locator(doc: Document, lines: LineCounter) {
  return (path: ReadonlyArray<string | number>, key = false) => {
    let offset = 0;
    for (let depth = path.length; depth >= 0; depth--) {
      const prefix = path.slice(0, depth);
      if (key && depth === path.length && depth > 0) {
        const parent = doc.getIn(prefix.slice(0, -1), true);
        const { isMap, isScalar } = yaml();
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === prefix.at(-1));
          if (pair && isScalar(pair.key) && pair.key.range) {
            offset = pair.key.range[0];
            break;
          }
        }
      }
      const node = prefix.length ? doc.getIn(prefix, true) : doc.contents;
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (range) {
        offset = range[0];
        break;
      }
    }
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
}

/** Parses a pack file; YAML syntax errors come back as problems (all of them). */
export function readPack(file: string): { source?: PackSource; problems: PackProblem[] } {
  return readYamlSource(file, 'rule pack');
}

/** Parses a YAML (or JSON) file with the positions of its keys; `what` the file is, for the error that it cannot be read. */
export function readYamlSource(file: string, what: string): { source?: PackSource; problems: PackProblem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problems: [{ file, line: 1, column: 1, path: '', message: `cannot read ${what} (${code ?? 'error'})` }] };
  }
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((err) => {
        const pos = lines.linePos(err.pos[0]);
        return { file, line: pos.line, column: pos.col, path: '', message: `YAML: ${err.message.split('\n')[0]}` };
      }),
    };
  }
  return { source: { file, data: doc.toJS(), locate: locator(doc, lines) }, problems: [] };
}
