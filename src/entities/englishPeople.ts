// English people by compromise's tagger, which knows English given names and titles.
// Loaded on the first English document that asks for names (it costs ~250 ms to load).
import { createRequire } from 'node:module';
import type { Span } from '../types.js';

interface CompromiseDoc {
  people(): { json(options: { offset: true }): Array<{ text: string; offset: { start: number; length: number } }> };
}
type Nlp = (text: string) => CompromiseDoc;

let nlp: Nlp | undefined;

/** Spans of people compromise finds, without the punctuation it leaves on ("Durov,"). */
export function englishPeople(text: string): Span[] {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlp(text)
    .people()
    .json({ offset: true })
    .map(({ text: found, offset }) => {
      const trimmed = found.replace(/[^\p{L}\p{M}\p{N}]+$/u, '');
      return { start: offset.start, end: offset.start + trimmed.length };
    })
    .filter((s) => s.end > s.start && /^\p{Lu}/u.test(text.slice(s.start, s.end)));
}
