// The built-in rule packs, validated, kept in the cache: reading and validating the YAML of
// all of them takes most of a second, reading them back from JSON a few milliseconds. The
// key is the packs' files and the schema, byte for byte, and the package version, so an
// edited pack or a new release is validated again.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { VERSION } from '../cli/version.js';
import { SCHEMA_DIR } from '../paths.js';
import { cacheKey, readCache, writeCache } from './jsonCache.js';
import type { RulePack } from './types.js';

const CACHE_NAME = 'builtin-packs';

export interface PackCache {
  /** The validated packs, or undefined when the cache holds none for these files. */
  read(): RulePack[] | undefined;
  /** Keeps validated packs for the next run. */
  write(packs: readonly RulePack[]): void;
}

/** The cache of the packs in `files`; undefined when a file cannot be read (validation will say why). */
export function builtinPackCache(files: readonly string[]): PackCache | undefined {
  let key: string;
  try {
    const parts: string[] = [VERSION, readFileSync(join(SCHEMA_DIR, 'rulepack.schema.json'), 'utf8')];
    for (const file of files) parts.push(basename(file), readFileSync(file, 'utf8'));
    key = cacheKey(parts);
  } catch {
    return undefined;
  }
  return {
    read: () => readCache<RulePack[]>(CACHE_NAME, key),
    write(packs) {
      // Only what JSON keeps as it is (no NaN, no Infinity): else the cache would change a pack.
      if (isDeepStrictEqual(JSON.parse(JSON.stringify(packs)), packs)) writeCache(CACHE_NAME, key, packs);
    },
  };
}
