// Documents extracted by this thread and a pool of worker threads together, handed back in
// the order asked for, so the output is the same as extracting them one after the other.
// Workers are kept supplied; whenever none has room, this thread extracts the next document
// itself. Only documents a little ahead of the one awaited are started, so memory holds a
// bounded number of finished results whatever the number of files. Standard input is always
// read here.
import { extractDocument, extractionFailure, type DocumentResult } from '../extract/extractDocument.js';
import type { DocumentSource, Extraction } from '../extract/extractStories.js';
import { STDIN } from '../io/findInputs.js';
import { DocumentWorkers } from './DocumentWorkers.js';
import type { WorkerSetup } from './messages.js';

/** Documents started ahead of the one awaited, per thread. */
const AHEAD_PER_THREAD = 4;

interface Slot {
  result?: DocumentResult;
  failure?: Error;
  /** Settles when a worker has answered; absent for documents extracted here. */
  answered?: Promise<void>;
}

/** One turn of the event loop, for the workers' answers to arrive. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function* inOrder(files: readonly string[], setup: Extraction, pool: DocumentWorkers, ahead: number): AsyncGenerator<DocumentResult> {
  const slots = new Map<number, Slot>();
  let next = 0;
  const toWorkers = (limit: number) => {
    for (let worker; next < limit && files[next] !== STDIN && (worker = pool.withRoom()); next++) {
      const slot: Slot = {};
      slot.answered = pool.extract(worker, files[next]!).then(
        (result) => void (slot.result = result),
        (e: Error) => void (slot.failure = e),
      );
      slots.set(next, slot);
    }
  };
  for (let i = 0; i < files.length; i++) {
    const limit = Math.min(files.length, i + ahead);
    toWorkers(limit);
    for (let slot = slots.get(i); !slot?.result && !slot?.failure; slot = slots.get(i)) {
      if (next < limit) {
        slots.set(next, { result: extractDocument(files[next]!, setup.extractor, setup.detector, setup.document) });
        next++;
        await turn();
        toWorkers(limit);
      } else await slot!.answered;
    }
    const slot = slots.get(i)!;
    slots.delete(i);
    // A worker that failed (or stopped) on a document fails that document only.
    yield slot.failure ? extractionFailure(files[i]!, slot.failure) : slot.result!;
  }
}

export function extractInParallel(setup: Extraction, workerSetup: WorkerSetup, workers: number): DocumentSource {
  return async function* (files) {
    const pool = DocumentWorkers.start(workers, workerSetup);
    try {
      yield* inOrder(files, setup, pool, AHEAD_PER_THREAD * (workers + 1));
    } finally {
      await pool.close();
    }
  };
}
