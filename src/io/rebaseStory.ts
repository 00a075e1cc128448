// A story's paths written relative to another folder (a baseline's), with / between the
// parts, so that what names them matches from whichever folder factdiff is run.
import { relative, resolve, sep } from 'node:path';
import type { StoryResult } from '../format/ReconcileFormatter.js';
import { STDIN } from './findInputs.js';

export function rebasePath(path: string, folder: string): string {
  if (path === STDIN || path === '') return path;
  return relative(folder, resolve(path)).split(sep).join('/');
}

export function rebaseStory(result: StoryResult, folder: string): StoryResult {
  const to = (p: string) => rebasePath(p, folder);
  return {
    name: to(result.name),
    documents: result.documents.map((d) => ({ ...d, path: to(d.path) })),
    groups: result.groups.map((g) => ({
      ...g,
      mentions: g.mentions.map((m) => ({ ...m, path: to(m.path) })),
      ...(g.variants ? { variants: g.variants.map((v) => ({ ...v, paths: v.paths.map(to) })) } : {}),
    })),
  };
}
