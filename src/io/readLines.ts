// A text file (or standard input) line by line, read in chunks so that a file of any size
// takes the memory of its longest line. Decoded as readDocument decodes a whole document:
// a binary file is refused at once, a line that is not UTF-8 is refused alone.
import { createReadStream } from 'node:fs';
import { decodeText, isUtf16, looksBinary } from './decodeText.js';
import { describeFileError, STDIN } from './findInputs.js';
import { ReadError, unreadable } from './readDocument.js';

export type TextLine = { number: number; text: string } | { number: number; error: string };

const NEWLINE = 0x0a;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function decodeLine(number: number, bytes: Buffer): TextLine {
  try {
    return { number, text: utf8.decode(bytes) };
  } catch {
    return { number, error: 'not valid UTF-8 text' };
  }
}

/** Chunks of the file; its problems (missing, unreadable, a folder) as a ReadError. */
async function* chunks(path: string): AsyncGenerator<Buffer> {
  try {
    if (unreadable(path)) throw Object.assign(new Error('unreadable'), { code: 'EACCES' });
    for await (const chunk of path === STDIN ? createReadStream('', { fd: 0, autoClose: false }) : createReadStream(path)) yield chunk as Buffer;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(code === 'EISDIR' ? 'is a folder' : describeFileError(e));
  }
}

/** The lines of text in UTF-16, which has newline bytes inside other characters: read whole (rare). */
async function utf16Lines(first: Buffer, rest: AsyncIterator<Buffer>): Promise<string[]> {
  const all = [first];
  for (let next = await rest.next(); !next.done; next = await rest.next()) all.push(next.value);
  try {
    return decodeText(Buffer.concat(all)).split('\n');
  } catch (e) {
    throw new ReadError((e as Error).message);
  }
}

export async function* readLines(path: string): AsyncGenerator<TextLine> {
  const source = chunks(path);
  let number = 0;
  let partial: Buffer[] = [];
  for (let next = await source.next(), first = true; !next.done; next = await source.next(), first = false) {
    let chunk = next.value;
    if (first) {
      if (isUtf16(chunk)) {
        for (const text of await utf16Lines(chunk, source)) yield { number: ++number, text };
        return;
      }
      if (looksBinary(chunk)) throw new ReadError('binary file, not text');
      if (UTF8_BOM.every((b, i) => chunk[i] === b)) chunk = chunk.subarray(UTF8_BOM.length);
    }
    let from = 0;
    for (let at = chunk.indexOf(NEWLINE); at >= 0; at = chunk.indexOf(NEWLINE, from)) {
      partial.push(chunk.subarray(from, at));
      yield decodeLine(++number, Buffer.concat(partial));
      partial = [];
      from = at + 1;
    }
    if (from < chunk.length) partial.push(chunk.subarray(from));
  }
  if (partial.length) yield decodeLine(++number, Buffer.concat(partial));
}
