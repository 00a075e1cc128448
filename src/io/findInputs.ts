// PATH arguments to the list of documents: files as given, folders searched recursively for
// *.txt and *.md (symlink loops followed once; only regular files, never a FIFO, device or
// socket, which could block or never end), "-" for standard input. A file reached twice is read once.
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
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    case 'EISDIR':
      return 'is a folder';
    case 'EDQUOT':
      return 'disk quota exceeded';
    default:
      // "EIO: i/o error, write" without the code and the call.
      return ((e as Error).message ?? String(e)).replace(/^[A-Z]+: /, '').replace(/, [a-z]+(?: '.*')?$/, '');
  }
}

export interface Inputs {
  files: string[];
  /** Size in bytes of each file found (standard input has none), for progress and for sharing work out. */
  sizes: Map<string, number>;
  errors: InputError[];
  /** What was left out that is no error: a file given or found more than once. */
  notes: InputError[];
}

/** The inputs being found, and the first path of each real file among them. */
interface Found extends Inputs {
  real: Map<string, string>;
}

/** What a file that is neither a regular file nor a folder is. */
function specialKind(stats: Stats): string | undefined {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return stats.isFile() || stats.isDirectory() ? undefined : 'not a regular file';
}

function walk(dir: string, seen: Set<string>, out: Found): void {
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
    else if (!DOCUMENT.test(name)) continue;
    else if (specialKind(stats)) out.errors.push({ path, message: `${specialKind(stats)}, not a document: skipped` });
    else addFile(out, path, stats.size);
  }
}

function addFile(out: Found, path: string, size: number): void {
  let real = path;
  try {
    real = realpathSync(path);
  } catch {
    // Unreadable link targets are reported when the file is read.
  }
  const first = out.real.get(real);
  if (first !== undefined) {
    out.notes.push({ path, message: `the same file as ${first}: read once` });
    return;
  }
  out.real.set(real, path);
  out.files.push(path);
  out.sizes.set(path, size);
}

export function findInputs(paths: readonly string[]): Inputs {
  const out: Found = { files: [], sizes: new Map(), errors: [], notes: [], real: new Map() };
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
  const { real: _real, ...inputs } = out;
  return inputs;
}

/** Bytes in all the files found. */
export function totalBytes(inputs: Inputs): number {
  let bytes = 0;
  for (const size of inputs.sizes.values()) bytes += size;
  return bytes;
}
