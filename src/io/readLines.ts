// A text file (or standard input) line by line, read in chunks so that a file of any size
// takes the memory of one chunk and its longest line, which may be at most `maxBytes`. Decoded as readDocument decodes a whole document:
// a binary file is refused at once, a line that is not UTF-8 is refused alone.
import { createReadStream } from 'node:fs';
import { decodeText, isWide, looksBinary } from './decodeText.js';
import { describeFileError, STDIN } from './findInputs.js';
import { describeBytes } from './readBounded.js';
import { DEFAULT_MAX_BYTES, ReadError, unreadable } from './readDocument.js';

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

const tooLong = (maxBytes: number, what: string) => new ReadError(`${what} larger than ${describeBytes(maxBytes)}, the most one may have (--max-size)`);

/** The lines of text in UTF-16 or UTF-32, which have newline bytes inside other characters: read whole (rare), up to `maxBytes`. */
async function wideLines(first: Buffer, rest: AsyncIterator<Buffer>, maxBytes: number): Promise<string[]> {
  const all = [first];
  let total = first.length;
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    all.push(next.value);
    total += next.value.length;
    if (total > maxBytes) throw tooLong(maxBytes, 'a file in UTF-16 or UTF-32');
  }
  try {
    return decodeText(Buffer.concat(all)).split('\n');
  } catch (e) {
    throw new ReadError((e as Error).message);
  }
}

/** The lines of a file, or of `stdin` for "-" (a stream: standard input may be a pipe that is not ready). */
export async function* readLines(path: string, stdin: () => NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<TextLine> {
  const source = chunks(path, stdin);
  let number = 0;
  let partial: Buffer[] = [];
  let partialBytes = 0;
  for (let next = await source.next(), first = true; !next.done; next = await source.next(), first = false) {
    let chunk = next.value;
    if (first) {
      if (isWide(chunk)) {
        for (const text of await wideLines(chunk, source, maxBytes)) yield { number: ++number, text };
        return;
      }
      if (looksBinary(chunk)) throw new ReadError('binary file, not text');
      if (UTF8_BOM.every((b, i) => chunk[i] === b)) chunk = chunk.subarray(UTF8_BOM.length);
    }
    const last = chunk.lastIndexOf(NEWLINE);
    if (chunk.indexOf(0) >= 0) throw new ReadError('binary file, not text (a NUL byte)');
    if (last < 0) {
      partial.push(chunk);
      partialBytes += chunk.length;
      if (partialBytes > maxBytes) throw tooLong(maxBytes, `line ${number + 1} is`);
      continue;
    }
    const lines = decodeLines(number + 1, Buffer.concat([...partial, chunk.subarray(0, last)]));
    number += lines.length;
    yield* lines;
    partial = [chunk.subarray(last + 1)];
    partialBytes = partial[0]!.length;
  }
  const rest = Buffer.concat(partial);
  if (rest.length) yield decodeLine(++number, rest);
}
