// Reading one document's text from a file or standard input, at most `maxBytes` of it.
import { statSync } from 'node:fs';
import { DecodeError, decodeText, isWide, looksBinary } from './decodeText.js';
import { describeFileError, STDIN } from './findInputs.js';
import { readBounded, TooLargeError } from './readBounded.js';

export class ReadError extends Error {}

/** The largest document read by default (--max-size). */
export const DEFAULT_MAX_BYTES = 64 * 2 ** 20;

/**
 * A file nobody may read (mode without any read bit): refused even when the process could
 * read it anyway (as root), so a run reports the same whoever runs it.
 */
export function unreadable(path: string): boolean {
  return path !== STDIN && (statSync(path).mode & 0o444) === 0;
}

/** A binary file is refused on its first 8 KB, before the rest is read. */
function judgeStart(start: Uint8Array): void {
  if (!isWide(start) && looksBinary(start)) throw new DecodeError('binary file, not text');
}

export function readDocument(path: string, maxBytes = DEFAULT_MAX_BYTES): string {
  let bytes: Uint8Array;
  try {
    if (unreadable(path)) throw Object.assign(new Error('unreadable'), { code: 'EACCES' });
    bytes = readBounded(path === STDIN ? 0 : path, maxBytes, judgeStart);
  } catch (e) {
    if (e instanceof DecodeError) throw new ReadError(e.message);
    if (e instanceof TooLargeError) throw new ReadError(`${e.message}, the most a document may have (--max-size)`);
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(code === 'EISDIR' ? 'is a folder' : describeFileError(e));
  }
  try {
    return decodeText(bytes);
  } catch (e) {
    throw new ReadError((e as Error).message);
  }
}
