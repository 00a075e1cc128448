// Where the installed package keeps its data files.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: dist/ sits beside rules/ and schema/. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILTIN_RULES_DIR = join(PACKAGE_ROOT, 'rules');
export const SCHEMA_DIR = join(PACKAGE_ROOT, 'schema');
