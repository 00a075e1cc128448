// Which documents tell one story: all documents given together (the default), or with
// --group-by stem, files named NAME.LANG.EXT grouped by NAME. Stories come in the order of
// their names, not of the files: facts extracted in shards and reconciled together
// (reconcile --facts) then give the same output whatever order the shards were joined in.
import { basename, dirname, join } from 'node:path';

export type GroupBy = 'all' | 'stem';

export interface Story {
  name: string;
  files: string[];
}

const STEM_NAME = /^(.+)\.([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\.(?:txt|md)$/i;

/** Whether a file is named NAME.LANG.EXT (a two- or three-letter language). */
export function hasStoryName(file: string): boolean {
  return STEM_NAME.test(basename(file));
}

/** NAME of NAME.LANG.EXT; the file name without extension otherwise. */
export function storyStem(file: string): string {
  const name = basename(file);
  const m = STEM_NAME.exec(name);
  return join(dirname(file), m ? m[1]! : name.replace(/\.(?:txt|md)$/i, ''));
}

export function groupStories(files: readonly string[], groupBy: GroupBy): Story[] {
  if (groupBy === 'all') return files.length ? [{ name: '', files: [...files] }] : [];
  const stories = new Map<string, string[]>();
  for (const file of files) {
    const stem = storyStem(file);
    const group = stories.get(stem);
    if (group) group.push(file);
    else stories.set(stem, [file]);
  }
  return [...stories]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, group]) => ({ name, files: group }));
}
