// One document, from its path to its facts: read, decode, detect the language, extract.
// Whatever goes wrong with one document is that document's error, never the run's.
import type { LanguageDetector } from '../detect/detectLanguage.js';
import { readDocument, ReadError } from '../io/readDocument.js';
import type { DocumentFacts, Extractor } from './Extractor.js';

/** The language of a document whose language cannot be told (no letters, or none we know). */
export const UNDETERMINED = 'und';
/** `neutral`: read by the language-neutral core (no pack for the language): digit figures only. */
export type DocumentResult = ({ path: string; lang: string; neutral?: true } & DocumentFacts) | { path: string; error: string };

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The note of a document read by the neutral core: which language has no pack, and what is read. */
export function neutralNote(lang: string): string {
  const what = 'only figures written with digits are read';
  if (lang === UNDETERMINED) return `language not identified; ${what}`;
  let name: string | undefined;
  try {
    name = LANGUAGE_NAMES.of(lang);
  } catch {
    name = undefined;
  }
  return `no rule pack for ${name && name !== lang ? `${name} (${lang})` : `language ${lang}`}; ${what}`;
}

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
    const facts = extractor.extractDocument(text, lang);
    if (!extractor.isNeutral(lang)) return { path, lang, ...facts };
    // A language without a pack (or none told) is read by the neutral core, and said so once;
    // a text without letters loses nothing to it and gets no note.
    const notes = /\p{L}/u.test(text) ? [neutralNote(lang), ...(facts.notes ?? [])] : facts.notes;
    return { path, lang, neutral: true, ...facts, ...(notes?.length ? { notes } : {}) };
  } catch (e) {
    return extractionFailure(path, e);
  }
}
