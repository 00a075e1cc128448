// Catastrophic-backtracking (ReDoS) checks of rule patterns with recheck. A check takes up
// to a second or two, so verdicts are kept in the cache, by the pattern's text; those of the
// built-in packs ship with them (rules/backtracking-verdicts.json), checked once on a quiet
// machine, so that a first run, or CI, neither waits minutes nor gets another verdict when
// the machine is busy. A pattern missing from both is checked then.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BUILTIN_RULES_DIR } from '../paths.js';
import { cacheKey, readCache, writeCache } from './jsonCache.js';

type CheckSync = (
  source: string,
  flags: string,
  params?: { timeout?: number; randomSeed?: number },
) => { status: string; attack?: { pattern?: string }; complexity?: { type?: string } };

const CACHE_NAME = 'backtracking-verdicts';
/** In rules/: the cache file of a check of every built-in pack, as `rules test` leaves it in an empty cache folder. */
const SHIPPED_FILE = 'backtracking-verdicts.json';
/** How long one pattern may be checked: a pattern the checker cannot settle in this time passes. */
const CHECK_MS = 1500;
/** Verdicts hold while the checker and its settings below stay the same. */
const CACHE_KEY = cacheKey(['recheck 4', 'timeout 1500', 'seed 1', 'complexity']);
let checkSync: CheckSync | undefined;
let cache: Record<string, string> | undefined;

/** The verdicts shipped with the built-in packs, when they were made with the checker and settings above. */
function shippedVerdicts(): Record<string, string> {
  try {
    const entry = JSON.parse(readFileSync(join(BUILTIN_RULES_DIR, SHIPPED_FILE), 'utf8')) as { key: string; value: Record<string, string> };
    return entry.key === CACHE_KEY ? entry.value : {};
  } catch {
    return {};
  }
}

/**
 * Why the pattern is dangerous, or undefined when it is safe (or the checker cannot tell).
 * `exponentialOnly`: only exponential backtracking counts, for a piece checked apart from its
 * pattern (a lookaround's body), which searched on its own is polynomial where it is not inside.
 */
export function backtrackingProblem(source: string, flags: string, exponentialOnly = false): string | undefined {
  const key = createHash('sha256').update(`${flags}/${exponentialOnly ? 'exp/' : ''}${source}`).digest('hex').slice(0, 32);
  const verdicts = (cache ??= { ...shippedVerdicts(), ...(readCache<Record<string, string>>(CACHE_NAME, CACHE_KEY) ?? {}) });
  if (!(key in verdicts)) {
    checkSync ??= (createRequire(import.meta.url)('recheck') as { checkSync: CheckSync }).checkSync;
    // A fixed seed: the fuzzing checker gives the same verdict on every run.
    const result = checkSync(source, flags, { timeout: CHECK_MS, randomSeed: 1 });
    const counts = result.status === 'vulnerable' && (!exponentialOnly || result.complexity?.type === 'exponential');
    verdicts[key] = counts ? `prone to catastrophic backtracking (attack string: ${result.attack?.pattern ?? 'found'})` : '';
    writeCache(CACHE_NAME, CACHE_KEY, verdicts);
  }
  return verdicts[key] || undefined;
}
