// Data checked against one of the JSON Schemas the package ships (schema/), each problem as
// "where: what" ("keyParts/0: must be string"). The validator is compiled on first use and
// kept in the cache; NaN and Infinity (JSON's 1e400) are no numbers.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { VERSION } from '../cli/version.js';
import { cacheKey, readCache, writeCache } from '../packs/jsonCache.js';
import { SCHEMA_DIR } from '../paths.js';

type AjvModule = typeof import('ajv');

/** Problems with `data`, none when it is valid. */
export type SchemaCheck = (data: unknown) => string[];

function describe(error: ErrorObject): string {
  const where = error.instancePath.replace(/^\//, '');
  const allowed = error.keyword === 'enum' ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` : '';
  return `${where || 'the value'} ${error.message ?? 'is not valid'}${allowed}`;
}

/**
 * The validator of a schema as standalone code: compiled by Ajv once, then kept in the cache,
 * since compiling costs a fifth of a second that `reconcile --facts` would pay on every run.
 */
function compiled(schema: Record<string, unknown>): ValidateFunction {
  const require = createRequire(import.meta.url);
  const key = cacheKey([VERSION, (require('ajv/package.json') as { version: string }).version, JSON.stringify(schema)]);
  const name = `validator-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
  let code = readCache<string>(name, key);
  if (code === undefined) {
    const ajvModule = require('ajv') as AjvModule;
    const Ajv = ajvModule.default ?? ajvModule;
    const standalone = require('ajv/dist/standalone') as { default: (ajv: InstanceType<typeof Ajv>, validate: ValidateFunction) => string };
    const ajv = new Ajv({ allErrors: true, strict: false, strictNumbers: true, code: { source: true } });
    code = standalone.default(ajv, ajv.compile(schema));
    writeCache(name, key, code);
  }
  const module = { exports: {} as { default?: ValidateFunction } };
  new Function('require', 'module', 'exports', code)(require, module, module.exports);
  return (module.exports.default ?? module.exports) as ValidateFunction;
}

/** A check against schema/NAME, with `required` fields added to the top level. */
export function schemaValidator(name: string, required: readonly string[] = []): SchemaCheck {
  let validate: ValidateFunction | undefined;
  return (data) => {
    if (!validate) {
      const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as Record<string, unknown>;
      validate = compiled({ ...schema, $id: undefined, required: [...((schema.required as string[] | undefined) ?? []), ...required] });
    }
    return validate(data) ? [] : (validate.errors ?? []).map(describe);
  };
}
