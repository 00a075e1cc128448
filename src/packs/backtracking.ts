// Catastrophic-backtracking (ReDoS) checks of rule patterns with recheck. A check takes up
// to a second, so verdicts are kept in a cache file keyed by the pattern's text.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type CheckSync = (source: string, flags: string, params?: { timeout?: number; randomSeed?: number }) => { status: string; attack?: { pattern?: string } };

const CACHE_FILE = join(tmpdir(), 'factdiff-recheck-v2.json');
let checkSync: CheckSync | undefined;
let cache: Record<string, string> | undefined;

function loadCache(): Record<string, string> {
  if (!cache) {
    try {
      cache = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, string>;
    } catch {
      cache = {};
    }
  }
  return cache;
}

function saveCache(): void {
  try {
    const temp = `${CACHE_FILE}.${process.pid}`;
    writeFileSync(temp, JSON.stringify(cache));
    renameSync(temp, CACHE_FILE);
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/** Why the pattern is dangerous, or undefined when it is safe (or the checker cannot tell). */
export function backtrackingProblem(source: string, flags: string): string | undefined {
  const key = createHash('sha256').update(`${flags}/${source}`).digest('hex').slice(0, 32);
  const verdicts = loadCache();
  if (!(key in verdicts)) {
    checkSync ??= (createRequire(import.meta.url)('recheck') as { checkSync: CheckSync }).checkSync;
    // A fixed seed: the fuzzing checker gives the same verdict on every run.
    const result = checkSync(source, flags, { timeout: 5000, randomSeed: 1 });
    verdicts[key] = result.status === 'vulnerable' ? `prone to catastrophic backtracking (attack string: ${result.attack?.pattern ?? 'found'})` : '';
    saveCache();
  }
  return verdicts[key] || undefined;
}
