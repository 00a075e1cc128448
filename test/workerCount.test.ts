// How many worker threads a run starts: a decision on the input alone.
import { describe, expect, it } from 'vitest';
import type { Inputs } from '../src/io/findInputs.js';
import { MIN_PARALLEL_BYTES, workerCount } from '../src/parallel/workerCount.js';

function inputs(sizes: number[]): Inputs {
  const files = sizes.map((_, i) => `doc${i}.txt`);
  return { files, sizes: new Map(files.map((f, i) => [f, sizes[i]!])), errors: [], notes: [] };
}

describe('workerCount', () => {
  it('starts none on one thread, for one file, or for little to read', () => {
    expect(workerCount(1, inputs([MIN_PARALLEL_BYTES, MIN_PARALLEL_BYTES]))).toBe(0);
    expect(workerCount(4, inputs([10 * MIN_PARALLEL_BYTES]))).toBe(0);
    expect(workerCount(4, inputs([10, 20, 30]))).toBe(0);
  });

  it('starts one fewer than the threads asked for (this thread extracts too), and no more than there are files to share', () => {
    expect(workerCount(4, inputs(Array(10).fill(MIN_PARALLEL_BYTES)))).toBe(3);
    expect(workerCount(8, inputs([MIN_PARALLEL_BYTES, MIN_PARALLEL_BYTES, 1]))).toBe(2);
  });
});
