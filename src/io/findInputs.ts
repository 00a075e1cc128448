// PATH arguments to the list of documents: files as given, folders searched recursively for
// *.txt and *.md (symlink loops followed once), "-" for standard input.
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { InputError } from '../types.js';

export const STDIN = '-';

const DOCUMENT = /\.(?:txt|md)$/i;

export function describeFileError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'not a folder';
    default:
      return (e as Error).message;
  }
}

export interface Inputs {
  files: string[];
  /** Size in bytes of each file found (standard input has none), for progress and for sharing work out. */
  sizes: Map<string, number>;
  errors: InputError[];
}

function walk(dir: string, seen: Set<string>, out: Inputs): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    out.errors.push({ path: dir, message: describeFileError(e) });
    return;
  }
  // A folder reached again through a symlink (a loop) is not searched twice.
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    out.errors.push({ path: dir, message: describeFileError(e) });
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (e) {
      // A broken link with a document's name is a missing document; anything else is noise.
      if (DOCUMENT.test(name)) out.errors.push({ path, message: describeFileError(e) });
      continue;
    }
    if (stats.isDirectory()) walk(path, seen, out);
    else if (DOCUMENT.test(name)) addFile(out, path, stats.size);
  }
}

function addFile(out: Inputs, path: string, size: number): void {
  out.files.push(path);
  out.sizes.set(path, size);
}

export function findInputs(paths: readonly string[]): Inputs {
  const out: Inputs = { files: [], sizes: new Map(), errors: [] };
  for (const path of paths) {
    if (path === STDIN) {
      out.files.push(STDIN);
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (e) {
      out.errors.push({ path, message: describeFileError(e) });
      continue;
    }
    if (!stats.isDirectory()) {
      addFile(out, path, stats.size);
      continue;
    }
    const before = out.files.length;
    const errorsBefore = out.errors.length;
    walk(path, new Set(), out);
    if (out.files.length === before && out.errors.length === errorsBefore) out.errors.push({ path, message: 'no *.txt or *.md documents in this folder' });
  }
  return out;
}

/** Bytes in all the files found. */
export function totalBytes(inputs: Inputs): number {
  let bytes = 0;
  for (const size of inputs.sizes.values()) bytes += size;
  return bytes;
}
