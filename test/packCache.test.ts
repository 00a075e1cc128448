// The cache of validated built-in packs and CLDR vocabulary: a hit gives what validation
// gives, a changed pack file is stale, an unusable cache folder costs only time, and a
// user's packs are validated on every run.
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinPackCache } from '../src/packs/builtinPackCache.js';
import { readCache, writeCache } from '../src/packs/jsonCache.js';
import { loadPacks } from '../src/packs/loadPacks.js';
import { PackError } from '../src/packs/PackError.js';
import { BUILTIN_RULES_DIR } from '../src/paths.js';
import { runCli } from './helpers/runCli.js';

const temp = (name: string) => mkdtempSync(join(tmpdir(), `factdiff-${name}-`));

/** The built-in packs' file names (rules/ also holds their backtracking verdicts). */
const packFiles = () => readdirSync(BUILTIN_RULES_DIR).filter((f) => /\.ya?ml$/.test(f));

/** Copies of the built-in packs, to edit. */
function packCopies(): string[] {
  const dir = temp('rules');
  return packFiles().map((name) => {
    copyFileSync(join(BUILTIN_RULES_DIR, name), join(dir, name));
    return join(dir, name);
  });
}

let savedDir: string | undefined;
beforeEach(() => {
  savedDir = process.env.FACTDIFF_CACHE_DIR;
  process.env.FACTDIFF_CACHE_DIR = temp('cache');
});
afterEach(() => {
  if (savedDir === undefined) delete process.env.FACTDIFF_CACHE_DIR;
  else process.env.FACTDIFF_CACHE_DIR = savedDir;
});

describe('the JSON cache', () => {
  it('gives back a value only for the key it was stored with', () => {
    writeCache('thing', 'key-1', { a: [1, 'b'] });
    expect(readCache('thing', 'key-1')).toEqual({ a: [1, 'b'] });
    expect(readCache('thing', 'key-2')).toBeUndefined();
    expect(readCache('other', 'key-1')).toBeUndefined();
  });

  it('reads a damaged file as missing', () => {
    writeCache('thing', 'key', [1]);
    writeFileSync(join(process.env.FACTDIFF_CACHE_DIR!, 'thing.json'), '{"key": "key", "val');
    expect(readCache('thing', 'key')).toBeUndefined();
  });

  it('does without a folder it cannot make', () => {
    const file = join(temp('file'), 'not-a-folder');
    writeFileSync(file, '');
    process.env.FACTDIFF_CACHE_DIR = join(file, 'cache');
    expect(() => writeCache('thing', 'key', [1])).not.toThrow();
    expect(readCache('thing', 'key')).toBeUndefined();
  });

  it('does not trust a folder others may write to', () => {
    writeCache('thing', 'key', [1]);
    chmodSync(process.env.FACTDIFF_CACHE_DIR!, 0o777);
    expect(readCache('thing', 'key')).toBeUndefined();
  });
});

describe('the cache of built-in packs', () => {
  it('holds the packs as validation gives them', () => {
    // The cache folder is new: this run validates the pack files and writes the cache.
    const validated = loadPacks();
    // Now from the cache:
    expect(builtinPackCache(packFiles().map((f) => join(BUILTIN_RULES_DIR, f)))!.read()).toBeDefined();
    expect(loadPacks()).toEqual(validated);
  });

  it('is stale once a pack file changes', () => {
    const files = packCopies();
    builtinPackCache(files)!.write([]);
    expect(builtinPackCache(files)!.read()).toEqual([]);
    const de = files.find((f) => f.endsWith('de.yaml'))!;
    writeFileSync(de, readFileSync(de, 'utf8').replace('name:', '# edited\nname:'));
    expect(builtinPackCache(files)!.read()).toBeUndefined();
  });

  it('still validates a user pack when the built-in ones come from the cache', () => {
    loadPacks();
    const dir = temp('user');
    writeFileSync(join(dir, 'de.yaml'), 'lang: de\nrules:\n  - id: x\n    kind: monye\n    pattern: "{YEAR}"\n');
    expect(() => loadPacks({ userDir: dir })).toThrow(PackError);
  });

  it('gives the same facts on a cold and a warm cache, and without one', () => {
    const input = 'Die Kaution von 5 Millionen Euro wurde am 24. August 2024 in Paris von Pavel Durov bezahlt.';
    const run = (cacheDir: string) => runCli(['extract', '--format', 'ndjson', '-'], { input, env: { FACTDIFF_CACHE_DIR: cacheDir } });
    const cold = run(process.env.FACTDIFF_CACHE_DIR!);
    const warm = run(process.env.FACTDIFF_CACHE_DIR!);
    const file = join(temp('file'), 'not-a-folder');
    writeFileSync(file, '');
    const none = run(join(file, 'cache'));
    expect(cold.status).toBe(0);
    expect(cold.stdout).toContain('"money"');
    expect(warm).toEqual(cold);
    expect(none).toEqual(cold);
  });
});
