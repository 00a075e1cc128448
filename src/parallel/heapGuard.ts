// Keeps a thread's heap near what it holds. V8 lets the heap of a busy thread grow well past
// its live data before it collects (the name tagger makes much short-lived garbage), so a long
// run would peak at several times the memory it needs. Between documents, a heap past a
// bound is collected at once; a thread that needs more keeps growing (a bound, not a limit),
// with garbage allowed to reach a fixed share of the bound on top of what is live, not a
// multiple of it: a run over hundreds of thousands of files holds their list all along.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Heap in use (live data and garbage) a thread may reach before it is collected between documents. */
export const HEAP_BOUND = 128 * 2 ** 20;

let gc: (() => void) | undefined;

function collector(): () => void {
  if (!gc) {
    // The only way to V8's collector without a command-line flag: exposed in a fresh context.
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  return gc;
}

/**
 * Collects when the heap is past HEAP_BOUND, or past what was live after the last collection
 * and a quarter of the bound when more is live: a thread that holds much is not collected after every
 * document, and its garbage stays bounded.
 */
export function heapGuard(bound = HEAP_BOUND): () => void {
  let limit = bound;
  return () => {
    if (getHeapStatistics().used_heap_size <= limit) return;
    collector()();
    limit = Math.max(bound, getHeapStatistics().used_heap_size + bound / 4);
  };
}
