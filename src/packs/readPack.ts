// Reading one rule-pack file: YAML with positions, so every problem can name file:line:col.
import { createRequire } from 'node:module';
import { TextDecoder } from 'node:util';
import type { Document, LineCounter } from 'yaml';
import { describeFileError } from '../io/findInputs.js';
import { readBounded, TooLargeError } from '../io/readBounded.js';
import type { PackProblem } from './PackError.js';

/** The largest pack file read (the built-in ones are under 150 KB): an endless file is never read whole. */
export const MAX_PACK_BYTES = 4 * 2 ** 20;
/** Aliases a pack may use (`*name`); a pack of nested aliases would otherwise expand into gigabytes. */
export const MAX_PACK_ALIASES = 100;

const utf8 = new TextDecoder('utf-8', { fatal: true });

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
  const problem = (message: string) => ({ problems: [{ file, line: 1, column: 1, path: '', message }] });
  try {
    text = utf8.decode(readBounded(file, MAX_PACK_BYTES));
  } catch (e) {
    if (e instanceof TooLargeError) return problem(`${what} ${e.message}, the most one may have`);
    if (e instanceof TypeError) return problem(`${what} is not valid UTF-8 text`);
    return problem(`cannot read ${what} (${describeFileError(e)})`);
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
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_PACK_ALIASES });
  } catch (e) {
    // yaml's ReferenceError on an alias bomb ("excessive alias count"), or an alias to nothing.
    return problem(`YAML: ${(e as Error).message.split('\n')[0]} (at most ${MAX_PACK_ALIASES} aliases)`);
  }
  return { source: { file, data, locate: locator(doc, lines) }, problems: [] };
}
