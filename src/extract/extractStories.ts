// Documents to facts, story by story: a story's names are matched across its documents, so
// its documents are extracted together and handed on once the last is read.
import type { LanguageDetector } from '../detect/detectLanguage.js';
import { groupStories, type GroupBy, type Story } from '../io/groupStories.js';
import type { ExtractedDocument, InputError } from '../types.js';
import { extractDocument } from './extractDocument.js';
import type { Extractor } from './Extractor.js';

export interface Extraction {
  extractor: Extractor;
  detector: LanguageDetector;
  /** Forced language of every document (--lang). */
  lang?: string;
}

export interface ExtractedStory {
  story: Story;
  documents: ExtractedDocument[];
}

export function* extractStories(files: readonly string[], groupBy: GroupBy, setup: Extraction, onError: (e: InputError) => void): Generator<ExtractedStory> {
  for (const story of groupStories(files, groupBy)) {
    const docs = [];
    for (const file of story.files) {
      const result = extractDocument(file, setup.extractor, setup.detector, setup.lang);
      if ('error' in result) onError({ path: result.path, message: result.error });
      else docs.push(result);
    }
    setup.extractor.finishStory(docs);
    yield { story, documents: docs.map(({ path, lang, facts }) => ({ path, lang, facts })) };
  }
}
