// Where a run's documents are extracted: on this thread alone, or with worker threads too
// (--jobs); each one counted on the progress bar as it is handed on.
import { extractHere, type DocumentSource } from '../extract/extractStories.js';
import { totalBytes, type Inputs } from '../io/findInputs.js';
import { heapGuard } from '../parallel/heapGuard.js';
import { extractInParallel } from '../parallel/extractInParallel.js';
import { workerCount } from '../parallel/workerCount.js';
import type { CliIo } from './io.js';
import type { ExtractionSetup } from './setupExtraction.js';

export function documentSource(setup: ExtractionSetup, inputs: Inputs, jobs: number, io: CliIo): DocumentSource {
  const workers = workerCount(jobs, inputs);
  const source = workers ? extractInParallel(setup, setup.workerSetup, workers) : extractHere(setup);
  return async function* (files) {
    const progress = io.progress(files.length, totalBytes(inputs));
    const collect = heapGuard();
    try {
      for await (const result of source(files)) {
        collect();
        progress.advance(inputs.sizes.get(result.path) ?? 0);
        yield result;
      }
    } finally {
      progress.finish();
    }
  };
}
