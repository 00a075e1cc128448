// A small on-disk cache of JSON values, for work that is the same on every run: validated
// rule packs, CLDR vocabulary, backtracking verdicts. Each value is stored with the key it
// was made for; a value made for another key is stale and reads as missing. A cache that
// cannot be read or written only costs time: every failure reads as a miss.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Part of every key: bump it when what is cached, or how it is computed, changes without the
 * package version changing.
 */
export const CACHE_FORMAT = 6;

/** FACTDIFF_CACHE_DIR, else a folder of this user's in the OS temporary folder. */
function cacheDirectory(): string {
  const uid = process.getuid?.() ?? 'user';
  return process.env.FACTDIFF_CACHE_DIR || join(tmpdir(), `factdiff-cache-${uid}`);
}

/**
 * The cache folder, made if missing, or undefined when it cannot be used. A folder another
 * user owns or may write to is not trusted: a planted cache could hold any rule pattern.
 */
function usableDirectory(): string | undefined {
  const dir = cacheDirectory();
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = statSync(dir);
    const uid = process.getuid?.();
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o022) !== 0) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

function cacheFile(name: string): string | undefined {
  const dir = usableDirectory();
  return dir && join(dir, `${name}.json`);
}

/** A key from the parts a value depends on (texts, versions). */
export function cacheKey(parts: ReadonlyArray<string | number>): string {
  const hash = createHash('sha256');
  hash.update(`factdiff cache ${CACHE_FORMAT}`);
  // Lengths first, so ["ab", "c"] and ["a", "bc"] differ.
  for (const part of parts) hash.update(`\u0000${String(part).length}\u0000${part}`);
  return hash.digest('hex');
}

interface Entry {
  key: string;
  value: unknown;
}

/** The value stored under `name` for `key`, or undefined when missing, stale or unreadable. */
export function readCache<T>(name: string, key: string): T | undefined {
  const file = cacheFile(name);
  if (!file) return undefined;
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
    return entry.key === key ? (entry.value as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a value for `key`, replacing whatever `name` held; written whole or not at all. */
export function writeCache(name: string, key: string, value: unknown): void {
  const file = cacheFile(name);
  if (!file) return;
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify({ key, value } satisfies Entry), { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    // Unwritable: the next run computes the value again.
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}
