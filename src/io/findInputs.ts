// PATH arguments to the list of documents: files as given, folders searched recursively for
// *.txt and *.md (symlink loops followed once; only regular files, never a FIFO, device or
// socket, which could block or never end), globs (a PATH quoted so the shell leaves it)
// searched from the folder they start with, "-" for standard input. As ripgrep does, a search
// leaves out what .gitignore and .factdiffignore files exclude, hidden files and folders, and
// node_modules; --exclude leaves out more. A file reached twice is read once.
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import picomatch from 'picomatch';
import type { InputError } from '../types.js';
import { IgnoreRules } from './IgnoreRules.js';

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

export interface FindOptions {
  /** --exclude: globs of files and folders to leave out, matched against the path below the PATH searched (or the name alone, for a glob without a /). */
  exclude?: readonly string[];
}

interface Walk {
  out: Inputs;
  /** Folders searched (real paths), so a symlink loop is followed once. */
  seen: Set<string>;
  /** Files taken, by real path, with the path first taken: a file given twice is one document. */
  taken: Map<string, string>;
  excluded: (relativePath: string) => boolean;
  /** A glob PATH's pattern, matched against the path below the folder searched. */
  wanted?: (relativePath: string) => boolean;
}

/** What a file that is neither a regular file nor a folder is. */
function specialKind(stats: Stats): string | undefined {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return stats.isFile() || stats.isDirectory() ? undefined : 'not a regular file';
}

/** Hidden files and folders, and node_modules, are searched only when given as a PATH. */
const SKIPPED = (name: string) => name.startsWith('.') || name === 'node_modules';

const slashed = (path: string) => path.split(sep).join('/');

/**
 * Searches `dir`; `known` is its real path when the walk knows it (a folder reached through no
 * symlink is its parent's real path and its name): asking the file system for every folder's
 * real path costs a call per folder above it, quadratic in the depth (1 000 nested folders
 * took half a million calls).
 */
function walk(dir: string, rel: string, rules: IgnoreRules, w: Walk, known?: string): void {
  let real: string;
  try {
    real = known ?? realpathSync(dir);
  } catch (e) {
    w.out.errors.push({ path: dir, message: describeFileError(e) });
    return;
  }
  // A folder reached again through a symlink (a loop) is not searched twice.
  if (w.seen.has(real)) return;
  w.seen.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    w.out.errors.push({ path: dir, message: describeFileError(e) });
    return;
  }
  const here = rules.within(dir);
  for (const entry of entries) {
    const name = entry.name;
    if (SKIPPED(name)) continue;
    const path = join(dir, name);
    const below = rel ? `${rel}/${name}` : name;
    // Through a symlink the real path is asked for; else it follows from this folder's.
    const realPath = entry.isSymbolicLink() ? undefined : join(real, name);
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (e) {
      // A broken link with a document's name is a missing document; anything else is noise.
      if (DOCUMENT.test(name) && !here.ignores(path, false) && !w.excluded(below)) w.out.errors.push({ path, message: describeFileError(e) });
      continue;
    }
    if (here.ignores(path, stats.isDirectory()) || w.excluded(below)) continue;
    if (stats.isDirectory()) walk(path, below, here, w, realPath);
    else if (!DOCUMENT.test(name) || (w.wanted && !w.wanted(below))) continue;
    else if (specialKind(stats)) w.out.errors.push({ path, message: `${specialKind(stats)}, not a document: skipped` });
    else addFile(w, path, stats.size, realPath);
  }
}

function addFile(w: Walk, path: string, size: number, known?: string): void {
  let real = known ?? path;
  if (known === undefined) {
    try {
      real = realpathSync(path);
    } catch {
      // Unreadable: the file is still listed, and reading it reports why.
    }
  }
  const first = w.taken.get(real);
  if (first !== undefined) {
    w.out.notes.push({ path, message: `the same file as ${first}: read once` });
    return;
  }
  w.taken.set(real, path);
  w.out.files.push(path);
  w.out.sizes.set(path, size);
}

/** A folder PATH, or the folder a glob PATH starts from; what it holds, or why nothing. */
function search(dir: string, w: Walk): void {
  const before = w.out.files.length;
  const errorsBefore = w.out.errors.length;
  walk(dir, '', IgnoreRules.above(dir), w);
  if (w.out.files.length === before && w.out.errors.length === errorsBefore) {
    w.out.errors.push({ path: dir, message: w.wanted ? 'no *.txt or *.md documents match this pattern' : 'no *.txt or *.md documents in this folder' });
  }
}

/** A glob with a / matches the path below the folder searched; one without, the name alone (as in .gitignore). */
function excludeMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  const byPath = globs.filter((g) => g.includes('/')).map((g) => picomatch(g, { dot: true }));
  const byName = globs.filter((g) => !g.includes('/')).map((g) => picomatch(g, { dot: true }));
  return (rel) => {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    return byPath.some((m) => m(rel)) || byName.some((m) => m(name));
  };
}

export function findInputs(paths: readonly string[], options: FindOptions = {}): Inputs {
  const out: Inputs = { files: [], sizes: new Map(), errors: [], notes: [] };
  const exclude = excludeMatcher(options.exclude ?? []);
  const w: Walk = { out, seen: new Set(), taken: new Map(), excluded: exclude };
  for (const path of paths) {
    if (path === STDIN) {
      out.files.push(STDIN);
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (e) {
      const pattern = picomatch.scan(path);
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && pattern.isGlob) {
        const matches = picomatch(pattern.glob, { dot: true });
        const before = out.errors.length;
        search(pattern.base || '.', { ...w, wanted: matches });
        // The error, if any, names the pattern, not the folder it starts from.
        for (const err of out.errors.slice(before)) if (err.path === (pattern.base || '.')) err.path = path;
      } else out.errors.push({ path, message: describeFileError(e) });
      continue;
    }
    if (!stats.isDirectory()) {
      if (!exclude(slashed(path))) addFile(w, path, stats.size);
      continue;
    }
    search(path, w);
  }
  return out;
}

/** Bytes in all the files found. */
export function totalBytes(inputs: Inputs): number {
  let bytes = 0;
  for (const size of inputs.sizes.values()) bytes += size;
  return bytes;
}
