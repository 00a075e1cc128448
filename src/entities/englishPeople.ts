// English people by compromise's tagger, which knows English given names and titles.
// Loaded on the first English document that asks for names (it costs ~250 ms to load).
// The tagger's time grows faster than its input and it recurses on long tokens, so it reads
// the text in pieces of bounded length, cut at line breaks or sentences where it can.
import { createRequire } from 'node:module';
import { textChunks } from '../text/textChunks.js';
import type { Span } from '../types.js';

interface CompromiseDoc {
  people(): { json(options: { offset: true }): Array<{ text: string; offset: { start: number; length: number } }> };
}
type Nlp = (text: string) => CompromiseDoc;

/** Code units the tagger reads at once: long enough for every sentence of real text, short enough to stay linear. */
export const TAGGER_CHUNK = 16_384;

let nlp: Nlp | undefined;

/** Spans of people compromise finds, without the punctuation it leaves on ("Durov,"). */
export function englishPeople(text: string): Span[] {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  const spans: Span[] = [];
  for (const chunk of textChunks(text, TAGGER_CHUNK)) {
    const piece = text.slice(chunk.start, chunk.end);
    for (const { text: found, offset } of nlp(piece).people().json({ offset: true })) {
      const trimmed = found.replace(/[^\p{L}\p{M}\p{N}]+$/u, '');
      const start = chunk.start + offset.start;
      const end = start + trimmed.length;
      if (end > start && /^\p{Lu}/u.test(text.slice(start, end))) spans.push({ start, end });
    }
  }
  return spans;
}
