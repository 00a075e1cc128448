// A configuration file read and checked against schema/config.schema.json; each problem at
// the file:line:col of the key that causes it. Paths in it are made relative to the working
// folder, as if they had been given on the command line there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { PackProblem } from '../packs/PackError.js';
import { readYamlSource, type PackSource } from '../packs/readPack.js';
import { schemaProblem } from '../packs/validatePack.js';
import { SCHEMA_DIR } from '../paths.js';
import { ConfigError } from './ConfigError.js';

export type ConfigValue = string | number | boolean | string[];
export type ConfigOptions = Record<string, ConfigValue>;

export const COMMAND_SECTIONS = ['extract', 'reconcile', 'check'] as const;
export type ConfigSection = (typeof COMMAND_SECTIONS)[number];

/** Options naming a file or folder. */
const PATH_OPTIONS = new Set(['rules', 'baseline', 'writeBaseline', 'output']);

export interface Config {
  file: string;
  /** The options of the top level, each with where it is written. */
  options: ConfigOptions;
  sections: Partial<Record<ConfigSection, ConfigOptions>>;
  /** The file:line:col of a key ("check", "format" for a section's). */
  locate(path: ReadonlyArray<string>): { line: number; column: number };
}

let validator: { validate: ValidateFunction; keys: Record<string, unknown> } | undefined;

function getValidator() {
  if (!validator) {
    const ajvModule = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    const Ajv = ajvModule.default ?? ajvModule;
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, 'config.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    // For "did you mean": the keys allowed in a section are those of the top level.
    const options = Object.fromEntries(Object.entries(schema.properties).filter(([k]) => !COMMAND_SECTIONS.includes(k as ConfigSection)));
    const keys = { properties: { ...schema.properties, ...Object.fromEntries(COMMAND_SECTIONS.map((c) => [c, { properties: options }])) } };
    validator = { validate: new Ajv({ allErrors: true, strict: false }).compile(schema), keys };
  }
  return validator;
}

/** "must be string" and "must be array" of one value (a oneOf) as one problem. */
function joinTypeProblems(problems: PackProblem[]): PackProblem[] {
  const out: PackProblem[] = [];
  for (const p of problems) {
    const same = out.find((o) => o.path === p.path && o.line === p.line && o.column === p.column);
    if (same && /^must be \w+/.test(same.message) && /^must be \w+$/.test(p.message)) same.message += ` or ${p.message.slice('must be '.length)}`;
    else if (!same || same.message !== p.message) out.push({ ...p });
  }
  return out;
}

/** The source, or in a package.json the source under its `factdiff` key. */
function under(source: PackSource, key: string | undefined): PackSource {
  if (key === undefined) return source;
  return { file: source.file, data: (source.data as Record<string, unknown>)[key], locate: (path, isKey) => source.locate([key, ...path], isKey) };
}

function withPaths(options: Record<string, unknown>, folder: string, cwd: string): ConfigOptions {
  const out: ConfigOptions = {};
  for (const [key, value] of Object.entries(options)) {
    if (COMMAND_SECTIONS.includes(key as ConfigSection)) continue;
    out[key] = PATH_OPTIONS.has(key) && typeof value === 'string' ? relative(cwd, resolve(folder, value)) || '.' : (value as ConfigValue);
  }
  return out;
}

export function readConfig(file: string, cwd: string): Config {
  const { source: whole, problems } = readYamlSource(file, 'configuration');
  if (!whole) throw new ConfigError(problems);
  const source = under(whole, basename(file) === 'package.json' ? 'factdiff' : undefined);
  const { validate, keys } = getValidator();
  if (!validate(source.data)) {
    const found = joinTypeProblems((validate.errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'allOf').map((e) => schemaProblem(source, keys, e)));
    throw new ConfigError(found.length ? found : [{ file, ...source.locate([]), path: '', message: 'not a factdiff configuration' }]);
  }
  const data = source.data as Record<string, Record<string, unknown>>;
  const folder = dirname(resolve(file));
  const sections: Config['sections'] = {};
  for (const section of COMMAND_SECTIONS) if (data[section]) sections[section] = withPaths(data[section], folder, cwd);
  return { file, options: withPaths(data, folder, cwd), sections, locate: (path) => source.locate(path, true) };
}
