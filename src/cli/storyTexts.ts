// The texts of a story's versions for the formats that show them (html), read again from
// their files; standard input and files that can no longer be read are left out.
import { STDIN } from '../io/findInputs.js';
import { readDocument, ReadError } from '../io/readDocument.js';

export function storyTexts(paths: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const path of paths) {
    if (path === STDIN) continue;
    try {
      texts.set(path, readDocument(path));
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
    }
  }
  return texts;
}
