// The options every extracting command shares, checked, and the extractor they make; and
// what a worker thread needs to make the same extractor.
import { languageDetector, packStopwords } from '../detect/detectLanguage.js';
import { Extractor } from '../extract/Extractor.js';
import type { Extraction } from '../extract/extractStories.js';
import { loadPacks } from '../packs/loadPacks.js';
import type { WorkerSetup } from '../parallel/messages.js';
import { DEFAULT_MAX_BYTES } from '../io/readDocument.js';
import { checkLang, parseRefDate, parseSize, parseTypes } from './options.js';

export interface ExtractionOptions {
  lang?: string;
  refDate?: string;
  types?: string;
  rules?: string;
  maxSize?: string;
}

export interface ExtractionSetup extends Extraction {
  workerSetup: WorkerSetup;
}

export async function setupExtraction(options: ExtractionOptions): Promise<ExtractionSetup> {
  const refDate = parseRefDate(options.refDate);
  const types = parseTypes(options.types);
  const packs = loadPacks({ userDir: options.rules });
  const lang = checkLang(options.lang, [...packs.keys()].sort());
  const extractOptions = { refDate, types };
  const extractor = Extractor.create(packs, extractOptions);
  const document = { maxBytes: parseSize(options.maxSize, DEFAULT_MAX_BYTES), ...(lang ? { lang } : {}) };
  return {
    extractor,
    detector: languageDetector(packStopwords(packs)),
    document,
    workerSetup: { packs, options: extractOptions, document },
  };
}
