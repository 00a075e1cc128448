// A text file (or standard input) line by line, read in chunks so that a file of any size
// takes the memory of one chunk and its longest line. Decoded as readDocument decodes a whole document:
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

/** Whole lines (no newline at the end): decoded at once, or line by line when some line is not UTF-8. */
function decodeLines(first: number, bytes: Buffer): TextLine[] {
  try {
    return utf8.decode(bytes).split('\n').map((text, i) => ({ number: first + i, text }));
  } catch {
    const lines: TextLine[] = [];
    let from = 0;
    for (let at = bytes.indexOf(NEWLINE); at >= 0; from = at + 1, at = bytes.indexOf(NEWLINE, from)) lines.push(decodeLine(first + lines.length, bytes.subarray(from, at)));
    lines.push(decodeLine(first + lines.length, bytes.subarray(from)));
    return lines;
  }
}

/** Chunks of the file; its problems (missing, unreadable, a folder) as a ReadError. */
async function* chunks(path: string, stdin: () => NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  try {
    if (unreadable(path)) throw Object.assign(new Error('unreadable'), { code: 'EACCES' });
    for await (const chunk of path === STDIN ? stdin() : createReadStream(path)) yield chunk as Buffer;
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

/** The lines of a file, or of `stdin` for "-" (a stream: standard input may be a pipe that is not ready). */
export async function* readLines(path: string, stdin: () => NodeJS.ReadableStream): AsyncGenerator<TextLine> {
  const source = chunks(path, stdin);
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
    const last = chunk.lastIndexOf(NEWLINE);
    if (last < 0) {
      partial.push(chunk);
      continue;
    }
    const lines = decodeLines(number + 1, Buffer.concat([...partial, chunk.subarray(0, last)]));
    number += lines.length;
    yield* lines;
    partial = [chunk.subarray(last + 1)];
  }
  const rest = Buffer.concat(partial);
  if (rest.length) yield decodeLine(++number, rest);
}
