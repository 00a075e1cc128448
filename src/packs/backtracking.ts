// Catastrophic-backtracking (ReDoS) checks of rule patterns with recheck. A check takes up
// to a second, so verdicts are kept in the cache, by the pattern's text.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { cacheKey, readCache, writeCache } from './jsonCache.js';

type CheckSync = (
  source: string,
  flags: string,
  params?: { timeout?: number; randomSeed?: number },
) => { status: string; attack?: { pattern?: string }; complexity?: { type?: string } };

const CACHE_NAME = 'backtracking-verdicts';
/** Verdicts hold while the checker and its settings below stay the same. */
const CACHE_KEY = cacheKey(['recheck 4', 'timeout 5000', 'seed 1', 'complexity']);
let checkSync: CheckSync | undefined;
let cache: Record<string, string> | undefined;

/**
 * Why the pattern is dangerous, or undefined when it is safe (or the checker cannot tell).
 * `exponentialOnly`: only exponential backtracking counts, for a piece checked apart from its
 * pattern (a lookaround's body), which searched on its own is polynomial where it is not inside.
 */
export function backtrackingProblem(source: string, flags: string, exponentialOnly = false): string | undefined {
  const key = createHash('sha256').update(`${flags}/${exponentialOnly ? 'exp/' : ''}${source}`).digest('hex').slice(0, 32);
  const verdicts = (cache ??= readCache<Record<string, string>>(CACHE_NAME, CACHE_KEY) ?? {});
  if (!(key in verdicts)) {
    checkSync ??= (createRequire(import.meta.url)('recheck') as { checkSync: CheckSync }).checkSync;
    // A fixed seed: the fuzzing checker gives the same verdict on every run.
    const result = checkSync(source, flags, { timeout: 5000, randomSeed: 1 });
    const counts = result.status === 'vulnerable' && (!exponentialOnly || result.complexity?.type === 'exponential');
    verdicts[key] = counts ? `prone to catastrophic backtracking (attack string: ${result.attack?.pattern ?? 'found'})` : '';
    writeCache(CACHE_NAME, CACHE_KEY, verdicts);
  }
  return verdicts[key] || undefined;
}
