// One document, from its path to its facts: read, decode, detect the language, extract.
// Whatever goes wrong with one document is that document's error, never the run's.
import type { LanguageDetector } from '../detect/detectLanguage.js';
import { readDocument, ReadError } from '../io/readDocument.js';
import { FALLBACK_LANG, type DocumentFacts, type Extractor } from './Extractor.js';

/** The language of a document whose language cannot be told (no letters, or none we know). */
export const UNDETERMINED = 'und';
export type DocumentResult = ({ path: string; lang: string } & DocumentFacts) | { path: string; error: string };

export interface DocumentOptions {
  /** Forced language of every document (--lang). */
  lang?: string;
  /** The most bytes a document may have (--max-size). */
  maxBytes?: number;
}

/** The error of a document whose extraction failed: a bug of ours, named with the input that shows it. */
export function extractionFailure(path: string, e: unknown): DocumentResult {
  return { path, error: `internal error while extracting this document: ${(e as Error)?.message ?? String(e)}` };
}

export function extractDocument(path: string, extractor: Extractor, detector: LanguageDetector, options: DocumentOptions = {}): DocumentResult {
  let text: string;
  try {
    text = readDocument(path, options.maxBytes);
  } catch (e) {
    if (e instanceof ReadError) return { path, error: e.message };
    throw e;
  }
  try {
    const lang = options.lang ?? detector.detect(text) ?? UNDETERMINED;
    // An undetermined document is read with the fallback pack: digits and symbols, mostly.
    const packLang = extractor.packs.has(lang) ? lang : FALLBACK_LANG;
    return { path, lang, ...extractor.extractDocument(text, packLang) };
  } catch (e) {
    return extractionFailure(path, e);
  }
}
