// One document, from its path to its facts: read, decode, detect the language, extract.
import type { LanguageDetector } from '../detect/detectLanguage.js';
import { readDocument, ReadError } from '../io/readDocument.js';
import type { Fact } from '../types.js';
import type { Extractor } from './Extractor.js';

/** The language of a document whose language cannot be told (no letters, or none we know). */
export const UNDETERMINED = 'und';
/** Facts of an undetermined document are read with this pack: digits and symbols only, mostly. */
const FALLBACK_PACK = 'en';

export type DocumentResult = { path: string; lang: string; facts: Fact[] } | { path: string; error: string };

export function extractDocument(path: string, extractor: Extractor, detector: LanguageDetector, forcedLang?: string): DocumentResult {
  let text: string;
  try {
    text = readDocument(path);
  } catch (e) {
    if (e instanceof ReadError) return { path, error: e.message };
    throw e;
  }
  const lang = forcedLang ?? detector.detect(text) ?? UNDETERMINED;
  const packLang = extractor.packs.has(lang) ? lang : FALLBACK_PACK;
  return { path, lang, facts: extractor.extract(text, packLang) };
}
