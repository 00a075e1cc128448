// A worker thread of the pool: makes its own extractor once, from the packs the main thread
// loaded and checked (no second reading of the YAML), then extracts the documents it is
// sent, one at a time, reading each file itself.
import { parentPort } from 'node:worker_threads';
import { languageDetector, packStopwords } from '../detect/detectLanguage.js';
import { extractDocument } from '../extract/extractDocument.js';
import { Extractor } from '../extract/Extractor.js';
import { heapGuard } from './heapGuard.js';
import type { DocumentTask, WorkerReply, WorkerSetup } from './messages.js';

const port = parentPort!;
const reply = (message: WorkerReply) => port.postMessage(message);

port.once('message', async (setup: WorkerSetup) => {
  const extractor = Extractor.create(setup.packs, setup.options);
  const detector = languageDetector(packStopwords(setup.packs));
  const collect = heapGuard();
  port.on('message', ({ id, path }: DocumentTask) => {
    collect();
    try {
      reply({ kind: 'result', id, result: extractDocument(path, extractor, detector, setup.document) });
    } catch (e) {
      reply({ kind: 'failure', id, message: (e as Error).message ?? String(e), stack: (e as Error).stack });
    }
  });
  reply({ kind: 'ready' });
});
