// Data checked against one of the JSON Schemas the package ships (schema/), each problem as
// "where: what" ("keyParts/0: must be string"). The validator is compiled on first use; NaN
// and Infinity (JSON's 1e400) are no numbers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { SCHEMA_DIR } from '../paths.js';

type AjvModule = typeof import('ajv');

/** Problems with `data`, none when it is valid. */
export type SchemaCheck = (data: unknown) => string[];

function describe(error: ErrorObject): string {
  const where = error.instancePath.replace(/^\//, '');
  const allowed = error.keyword === 'enum' ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` : '';
  return `${where || 'the value'} ${error.message ?? 'is not valid'}${allowed}`;
}

/** A check against schema/NAME, with `required` fields added to the top level. */
export function schemaValidator(name: string, required: readonly string[] = []): SchemaCheck {
  let validate: ValidateFunction | undefined;
  return (data) => {
    if (!validate) {
      const ajvModule = createRequire(import.meta.url)('ajv') as AjvModule;
      const Ajv = ajvModule.default ?? ajvModule;
      const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as Record<string, unknown>;
      const ajv = new Ajv({ allErrors: true, strict: false, strictNumbers: true });
      validate = ajv.compile({ ...schema, $id: undefined, required: [...((schema.required as string[] | undefined) ?? []), ...required] });
    }
    return validate(data) ? [] : (validate.errors ?? []).map(describe);
  };
}
