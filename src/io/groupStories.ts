// Which documents tell one story: all documents given together (the default), or with
// --group-by stem, files named NAME.LANG.EXT grouped by NAME.
import { basename, dirname, join } from 'node:path';

export type GroupBy = 'all' | 'stem';

export interface Story {
  name: string;
  files: string[];
}

/** NAME of NAME.LANG.EXT (a two- or three-letter language); the file name without extension otherwise. */
export function storyStem(file: string): string {
  const name = basename(file);
  const m = /^(.+)\.([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\.(?:txt|md)$/i.exec(name);
  return join(dirname(file), m ? m[1]! : name.replace(/\.(?:txt|md)$/i, ''));
}

export function groupStories(files: readonly string[], groupBy: GroupBy): Story[] {
  if (groupBy === 'all') return files.length ? [{ name: '', files: [...files] }] : [];
  const stories = new Map<string, string[]>();
  for (const file of files) {
    const stem = storyStem(file);
    stories.set(stem, [...(stories.get(stem) ?? []), file]);
  }
  return [...stories].map(([name, group]) => ({ name, files: group }));
}
