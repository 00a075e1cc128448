// What the main thread and the worker threads of the pool say to each other.
import type { DocumentOptions, DocumentResult } from '../extract/extractDocument.js';
import type { ExtractOptions } from '../extract/Extractor.js';
import type { RulePack } from '../packs/types.js';

/** The first message to a worker: the packs the main thread loaded and checked, and the options. */
export interface WorkerSetup {
  packs: ReadonlyMap<string, RulePack>;
  options: ExtractOptions;
  /** The forced language (--lang) and the size limit (--max-size) of every document. */
  document: DocumentOptions;
}

export interface DocumentTask {
  id: number;
  path: string;
}

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'result'; id: number; result: DocumentResult }
  /** Extraction threw: a bug, reported as the main thread would report it. */
  | { kind: 'failure'; id: number; message: string; stack?: string };
