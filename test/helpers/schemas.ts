// The JSON Schemas of schema/ compiled with ajv, and the official SARIF 2.1.0 schema.
//
// The shipped schemas leave objects open: the contract lets later versions add fields, and a
// script that validates with an older schema should keep working. The tests validate against
// a closed copy (every object that lists its properties allows only those), so a field the
// output gains without the schema describing it fails here until the schema is updated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import { ROOT } from './runCli.js';

// ajv-draft-04 is CommonJS: under NodeNext its default import is module.exports, whose .default is the class.
const AjvDraft04 = AjvDraft04Module.default;

const SCHEMA_DIR = join(ROOT, 'schema');
const SARIF_SCHEMA = join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

/** A copy of a schema in which every `type: object` with `properties` allows no others. */
export function closed(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closed(s as Json)])) : closed(v);
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

export interface Validators {
  fact: ValidateFunction;
  extract: ValidateFunction;
  reconcile: ValidateFunction;
  reconcileLine: ValidateFunction;
  check: ValidateFunction;
  checkLine: ValidateFunction;
  baseline: ValidateFunction;
}

/** Validators of factdiff's own outputs; `open` validates against the schemas as shipped. */
export function schemaValidators(options: { open?: boolean } = {}): Validators {
  const ajv = new Ajv({ allErrors: true, strictTypes: false, allowUnionTypes: true });
  const load = (name: string) => {
    const schema = readJson(join(SCHEMA_DIR, name));
    return options.open ? schema : closed(schema);
  };
  for (const name of ['fact.schema.json', 'extract.schema.json', 'reconcile.schema.json', 'check.schema.json', 'baseline.schema.json']) ajv.addSchema(load(name) as object);
  const get = (ref: string) => {
    const v = ajv.getSchema(`https://factdiff.dev/schema/${ref}`);
    if (!v) throw new Error(`no schema ${ref}`);
    return v;
  };
  return {
    fact: get('fact.schema.json'),
    extract: get('extract.schema.json'),
    reconcile: get('reconcile.schema.json'),
    reconcileLine: get('reconcile.schema.json#/definitions/ndjsonLine'),
    check: get('check.schema.json'),
    checkLine: get('check.schema.json#/definitions/ndjsonLine'),
    baseline: get('baseline.schema.json'),
  };
}

/** The official SARIF 2.1.0 schema (draft-04). Its language pattern is not valid with the `u` flag. */
export function sarifValidator(): ValidateFunction {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
  return ajv.compile(readJson(SARIF_SCHEMA) as object);
}

/** ajv's errors as readable lines, for a failing expectation's message. */
export function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}

/** Asserts that data validates, with ajv's errors in the failure. */
export function expectValid(validate: ValidateFunction, data: unknown): void {
  if (!validate(data)) throw new Error(`does not match ${String((validate.schema as { $id?: string; title?: string }).$id ?? (validate.schema as { title?: string }).title ?? 'the schema')}:\n${errorsOf(validate)}`);
}
