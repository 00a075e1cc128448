// How many worker threads a run starts. None when there is too little to read for them to
// pay back their start (each loads the extraction engine); the choice depends on the input
// alone, never on timing, and the output is the same either way.
import { totalBytes, type Inputs } from '../io/findInputs.js';

/**
 * Below this many bytes the main thread is done about when a worker would be ready: a worker
 * takes some 0.3 s to start and then compiles the pack of each language it meets, the time
 * the main thread needs for about this much text (measured on a 2-core machine).
 */
export const MIN_PARALLEL_BYTES = 256 * 1024;

/** Workers for `jobs` threads in all (this one included) over the files found. */
export function workerCount(jobs: number, inputs: Inputs): number {
  if (jobs < 2 || inputs.files.length < 2) return 0;
  if (totalBytes(inputs) < MIN_PARALLEL_BYTES) return 0;
  return Math.min(jobs, inputs.files.length) - 1;
}
