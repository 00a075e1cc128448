// The options every extracting command shares, checked, and the extractor they make.
import { languageDetector } from '../detect/detectLanguage.js';
import { Extractor } from '../extract/Extractor.js';
import type { Extraction } from '../extract/extractStories.js';
import { loadPacks } from '../packs/loadPacks.js';
import { checkLang, parseRefDate, parseTypes } from './options.js';

export interface ExtractionOptions {
  lang?: string;
  refDate?: string;
  types?: string;
  rules?: string;
}

export async function setupExtraction(options: ExtractionOptions): Promise<Extraction> {
  const refDate = parseRefDate(options.refDate);
  const types = parseTypes(options.types);
  const packs = loadPacks({ userDir: options.rules });
  const lang = checkLang(options.lang, [...packs.keys()].sort());
  const extractor = Extractor.create(packs, { refDate, types });
  return { extractor, detector: languageDetector([...packs.values()]), ...(lang ? { lang } : {}) };
}
