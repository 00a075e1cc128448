// Full validation of a rule pack before use: JSON Schema (unknown keys, bad enum values,
// missing keys), duplicate rule ids, patterns that do not compile with the `u` flag, and,
// when asked, patterns prone to catastrophic backtracking.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { didYouMean } from '../text/didYouMean.js';
import { lookaroundBodies } from '../text/lookaroundBodies.js';
import { SCHEMA_DIR } from '../paths.js';
import { backtrackingProblem } from './backtracking.js';
import { expandPattern, PLACEHOLDERS, ruleFlags, STAND_IN_WORDS, UnknownPlaceholderError, wrapRule } from './expandPattern.js';
import type { PackProblem } from './PackError.js';
import { formatKeyPath, type PackSource } from './readPack.js';

type AjvModule = typeof import('ajv');

interface Validators {
  full: ValidateFunction;
  /** For a user pack that extends a built-in one: nothing is required. */
  overlay: ValidateFunction;
  schema: Record<string, unknown>;
}

let validators: Validators | undefined;

/** Compiled on the first validation (ajv is loaded then): a run that takes its packs from the cache never needs it. */
function getValidators(): Validators {
  if (!validators) {
    const ajvModule = createRequire(import.meta.url)('ajv') as AjvModule;
    const Ajv = ajvModule.default ?? ajvModule;
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, 'rulepack.schema.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const overlaySchema = { ...schema, $id: `${String(schema.$id)}#overlay`, required: ['lang'] };
    validators = { full: ajv.compile(schema), overlay: ajv.compile(overlaySchema), schema };
  }
  return validators;
}

/** The key path of an error; a part is an index only where the data holds an array. */
function pathOf(error: ErrorObject, data: unknown): Array<string | number> {
  const path: Array<string | number> = [];
  let node = data;
  for (const raw of error.instancePath.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(node) ? Number(part) : part;
    path.push(key);
    node = (node as Record<string | number, unknown> | undefined)?.[key];
  }
  return path;
}

/** The property names the schema allows at a key path (for "did you mean"). */
function allowedKeys(schema: Record<string, unknown>, path: ReadonlyArray<string | number>): string[] {
  let node: Record<string, unknown> | undefined = schema;
  for (const part of path) {
    if (!node) return [];
    if (typeof part === 'number') node = node.items as Record<string, unknown> | undefined;
    else node = (node.properties as Record<string, Record<string, unknown>> | undefined)?.[part];
  }
  return Object.keys((node?.properties as object | undefined) ?? {});
}

/** One JSON Schema error of a YAML source as a problem at its file:line:col, with a suggestion where one helps. */
export function schemaProblem(source: PackSource, schema: Record<string, unknown>, error: ErrorObject): PackProblem {
  const path = pathOf(error, source.data);
  const at = (p: Array<string | number>, key = false) => ({ file: source.file, ...source.locate(p, key) });
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const suggestion = didYouMean(key, allowedKeys(schema, path));
      const allowed = allowedKeys(schema, path);
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : allowed.length ? ` (allowed: ${allowed.join(', ')})` : '';
      return { ...at([...path, key], true), path: formatKeyPath([...path, key]), message: `unknown key '${key}'${hint}` };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const value = String(valueAt(source.data, path));
      const suggestion = didYouMean(value, allowed);
      return {
        ...at(path),
        path: formatKeyPath(path),
        message: `'${value}' is not one of ${allowed.join(', ')}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`,
      };
    }
    case 'required':
      return { ...at(path), path: formatKeyPath(path), message: `missing key '${String(error.params.missingProperty)}'` };
    case 'propertyNames':
      return { ...at(path), path: formatKeyPath(path), message: `key '${String(error.params.propertyName)}' is not allowed here` };
    default:
      return { ...at(path), path: formatKeyPath(path), message: error.message ?? error.keyword };
  }
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let node = data;
  for (const part of path) node = (node as Record<string | number, unknown> | undefined)?.[part];
  return node;
}

function patternProblems(source: PackSource, withBacktracking: boolean): PackProblem[] {
  const { rules, numbers } = (source.data ?? {}) as { rules?: unknown; numbers?: { wordPrefixes?: unknown } };
  if (!Array.isArray(rules)) return [];
  const prefixes = Array.isArray(numbers?.wordPrefixes) ? numbers.wordPrefixes.filter((p): p is string => typeof p === 'string') : [];
  const problems: PackProblem[] = [];
  const seen = new Map<string, number>();
  rules.forEach((rule: { id?: unknown; pattern?: unknown; matchCase?: unknown }, i) => {
    if (typeof rule?.id === 'string') {
      const first = seen.get(rule.id);
      if (first !== undefined) {
        problems.push({ file: source.file, ...source.locate(['rules', i, 'id']), path: `rules[${i}].id`, message: `duplicate rule id '${rule.id}' (first at rules[${first}])` });
      } else seen.set(rule.id, i);
    }
    if (typeof rule?.pattern !== 'string') return;
    const where = { file: source.file, ...source.locate(['rules', i, 'pattern']), path: `rules[${i}].pattern` };
    let expanded: string;
    try {
      expanded = wrapRule(expandPattern(rule.pattern, STAND_IN_WORDS), prefixes);
    } catch (e) {
      if (!(e instanceof UnknownPlaceholderError)) throw e;
      const suggestion = didYouMean(e.placeholder, PLACEHOLDERS);
      problems.push({ ...where, message: `${e.message}${suggestion ? ` (did you mean {${suggestion}}?)` : ` (known: ${PLACEHOLDERS.join(', ')})`}` });
      return;
    }
    try {
      new RegExp(expanded, ruleFlags(rule.matchCase === true));
    } catch (e) {
      // V8 quotes the whole expanded pattern: keep only what is wrong with it.
      const why = (e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
      problems.push({ ...where, message: `pattern does not compile with the u flag: ${why}` });
      return;
    }
    if (withBacktracking) {
      const flags = rule.matchCase === true ? 'u' : 'iu';
      // The checker does not look inside every lookbehind: each lookaround's body is checked on
      // its own too, for exponential backtracking (searched alone, any `\s+x` is polynomial).
      const why = backtrackingProblem(expanded, flags) ?? lookaroundBodies(expanded).map((p) => backtrackingProblem(p, flags, true)).find(Boolean);
      if (why) problems.push({ ...where, message: `pattern is ${why}` });
    }
  });
  return problems;
}

export interface ValidateOptions {
  /** A user pack laid over a built-in one: keys may be missing. */
  overlay?: boolean;
  /** Run the ReDoS checker on every pattern (user packs, tests). */
  checkBacktracking?: boolean;
}

export function validatePack(source: PackSource, options: ValidateOptions = {}): PackProblem[] {
  const { full, overlay, schema } = getValidators();
  const validate = options.overlay ? overlay : full;
  if (validate(source.data)) {
    return patternProblems(source, options.checkBacktracking ?? false);
  }
  const problems = (validate.errors ?? []).map((e) => schemaProblem(source, schema, e));
  // Patterns are still checked, so one run reports everything wrong with the file.
  problems.push(...patternProblems(source, options.checkBacktracking ?? false));
  return dedupe(problems);
}

function dedupe(problems: PackProblem[]): PackProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
