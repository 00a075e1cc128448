// Reading one document's text from a file or standard input.
import { readFileSync, statSync } from 'node:fs';
import { decodeText } from './decodeText.js';
import { describeFileError, STDIN } from './findInputs.js';

export class ReadError extends Error {}

/**
 * A file nobody may read (mode without any read bit): refused even when the process could
 * read it anyway (as root), so a run reports the same whoever runs it.
 */
export function unreadable(path: string): boolean {
  return path !== STDIN && (statSync(path).mode & 0o444) === 0;
}

export function readDocument(path: string): string {
  let bytes: Uint8Array;
  try {
    if (unreadable(path)) throw Object.assign(new Error('unreadable'), { code: 'EACCES' });
    bytes = readFileSync(path === STDIN ? 0 : path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(code === 'EISDIR' ? 'is a folder' : describeFileError(e));
  }
  try {
    return decodeText(bytes);
  } catch (e) {
    throw new ReadError((e as Error).message);
  }
}
