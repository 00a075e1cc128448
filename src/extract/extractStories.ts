// Documents to facts, story by story: a story's names are matched across its documents, so
// its documents are finished together once the last is extracted. The documents themselves
// may be extracted anywhere (this thread, or worker threads): a DocumentSource hands their
// results back in the order asked for, which keeps the output the same either way.
import type { LanguageDetector } from '../detect/detectLanguage.js';
import { groupStories, type GroupBy, type Story } from '../io/groupStories.js';
import type { ExtractedDocument, InputError } from '../types.js';
import { extractDocument, type DocumentOptions, type DocumentResult } from './extractDocument.js';
import type { Extractor } from './Extractor.js';

export interface Extraction {
  extractor: Extractor;
  detector: LanguageDetector;
  /** The forced language (--lang) and the size limit (--max-size) of every document. */
  document: DocumentOptions;
}

export interface ExtractedStory {
  story: Story;
  documents: ExtractedDocument[];
}

/** The result of every file, in the order of `files`. */
export type DocumentSource = (files: readonly string[]) => AsyncIterable<DocumentResult>;

/** Each file read and extracted on this thread, one after the other. */
export function extractHere(setup: Extraction): DocumentSource {
  return async function* (files) {
    for (const file of files) yield extractDocument(file, setup.extractor, setup.detector, setup.document);
  };
}

const factsOnly = ({ path, lang, neutral, facts }: ExtractedDocument): ExtractedDocument => ({ path, lang, ...(neutral ? { neutral } : {}), facts });

/** A document's error, or its notes (what it holds that was left out), to the callbacks. */
function passOn(result: DocumentResult, onError: (e: InputError) => void, onNote: (n: InputError) => void): result is Exclude<DocumentResult, { error: string }> {
  if ('error' in result) {
    onError({ path: result.path, message: result.error });
    return false;
  }
  for (const message of result.notes ?? []) onNote({ path: result.path, message });
  return true;
}

export async function* extractStories(
  files: readonly string[],
  groupBy: GroupBy,
  extractor: Extractor,
  source: DocumentSource,
  onError: (e: InputError) => void,
  onNote: (n: InputError) => void = () => undefined,
): AsyncGenerator<ExtractedStory> {
  const stories = groupStories(files, groupBy);
  const results = source(stories.flatMap((s) => s.files))[Symbol.asyncIterator]();
  try {
    for (const story of stories) {
      const docs = [];
      for (let i = 0; i < story.files.length; i++) {
        const next = await results.next();
        if (next.done) throw new Error('the document source ended before the last document');
        if (passOn(next.value, onError, onNote)) docs.push(next.value);
      }
      extractor.finishStory(docs);
      yield { story, documents: docs.map(factsOnly) };
    }
  } finally {
    await results.return?.();
  }
}

/**
 * Every document's facts, in story order, as soon as they are final: at once when no names
 * are asked for (finishing a story then changes nothing), else when its story is complete,
 * because a name found in one version is looked for in all the others.
 */
export async function* extractDocuments(
  files: readonly string[],
  groupBy: GroupBy,
  extractor: Extractor,
  source: DocumentSource,
  onError: (e: InputError) => void,
  onNote: (n: InputError) => void = () => undefined,
): AsyncGenerator<ExtractedDocument> {
  if (extractor.wantsNames) {
    for await (const { documents } of extractStories(files, groupBy, extractor, source, onError, onNote)) yield* documents;
    return;
  }
  for await (const result of source(groupStories(files, groupBy).flatMap((s) => s.files))) if (passOn(result, onError, onNote)) yield factsOnly(result);
}
