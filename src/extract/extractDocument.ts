// One document, from its path to its facts: read, decode, detect the language, extract.
import type { LanguageDetector } from '../detect/detectLanguage.js';
import { readDocument, ReadError } from '../io/readDocument.js';
import { FALLBACK_LANG, type DocumentFacts, type Extractor } from './Extractor.js';

/** The language of a document whose language cannot be told (no letters, or none we know). */
export const UNDETERMINED = 'und';
export type DocumentResult = ({ path: string; lang: string } & DocumentFacts) | { path: string; error: string };

export function extractDocument(path: string, extractor: Extractor, detector: LanguageDetector, forcedLang?: string): DocumentResult {
  let text: string;
  try {
    text = readDocument(path);
  } catch (e) {
    if (e instanceof ReadError) return { path, error: e.message };
    throw e;
  }
  const lang = forcedLang ?? detector.detect(text) ?? UNDETERMINED;
  // An undetermined document is read with the fallback pack: digits and symbols, mostly.
  const packLang = extractor.packs.has(lang) ? lang : FALLBACK_LANG;
  return { path, lang, ...extractor.extractDocument(text, packLang) };
}
