// A pool of worker threads that extract documents. Each worker sets itself up once; until it
// says it is ready it is given nothing, so a slow start costs the run nothing. A worker that
// fails to start is left out; one that fails while extracting fails its documents.
import { Worker } from 'node:worker_threads';
import type { DocumentResult } from '../extract/extractDocument.js';
import type { DocumentTask, WorkerReply, WorkerSetup } from './messages.js';

/** Documents sent to a worker ahead of its results, so it never waits for the main thread. */
const QUEUED_PER_WORKER = 3;

interface Pending {
  resolve(result: DocumentResult): void;
  reject(error: Error): void;
}

export interface PoolWorker {
  readonly thread: Worker;
  ready: boolean;
  failed: boolean;
  readonly pending: Map<number, Pending>;
}

function failAll(worker: PoolWorker, error: Error): void {
  worker.failed = true;
  for (const { reject } of worker.pending.values()) reject(error);
  worker.pending.clear();
}

function workerError(message: string, stack?: string): Error {
  const error = new Error(message);
  if (stack) error.stack = stack;
  return error;
}

export class DocumentWorkers {
  private nextId = 0;

  private constructor(private readonly workers: readonly PoolWorker[]) {}

  static start(count: number, setup: WorkerSetup): DocumentWorkers {
    const workers = Array.from({ length: count }, () => {
      const worker: PoolWorker = { thread: new Worker(new URL('./documentWorker.js', import.meta.url)), ready: false, failed: false, pending: new Map() };
      worker.thread.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'ready') {
          worker.ready = true;
          return;
        }
        const pending = worker.pending.get(reply.id);
        worker.pending.delete(reply.id);
        if (reply.kind === 'result') pending?.resolve(reply.result);
        else pending?.reject(workerError(reply.message, reply.stack));
      });
      worker.thread.on('error', (e) => failAll(worker, e));
      worker.thread.on('exit', (code) => failAll(worker, new Error(`a worker thread stopped (exit code ${code})`)));
      worker.thread.postMessage(setup);
      return worker;
    });
    return new DocumentWorkers(workers);
  }

  /** A ready worker with room for another document, the least busy first. */
  withRoom(): PoolWorker | undefined {
    let best: PoolWorker | undefined;
    for (const w of this.workers) {
      if (!w.ready || w.failed || w.pending.size >= QUEUED_PER_WORKER) continue;
      if (!best || w.pending.size < best.pending.size) best = w;
    }
    return best;
  }

  extract(worker: PoolWorker, path: string): Promise<DocumentResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      worker.pending.set(id, { resolve, reject });
      worker.thread.postMessage({ id, path } satisfies DocumentTask);
    });
  }

  async close(): Promise<void> {
    for (const w of this.workers) w.thread.removeAllListeners('exit');
    await Promise.all(this.workers.map((w) => w.thread.terminate()));
  }
}
