// Reading one document's text from a file or standard input.
import { readFileSync } from 'node:fs';
import { decodeText } from './decodeText.js';
import { describeFileError, STDIN } from './findInputs.js';

export class ReadError extends Error {}

export function readDocument(path: string): string {
  let bytes: Uint8Array;
  try {
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
