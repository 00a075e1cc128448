// Bytes to text: UTF-8 (BOM removed), UTF-16 and UTF-32 LE/BE with a BOM; binary and
// undecodable files are refused with a reason.
import { TextDecoder } from 'node:util';

export class DecodeError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false });

/** The first bytes that are looked at to tell text from binary. */
export const SNIFF_BYTES = 8192;

/** NUL bytes, or many control characters, in the first 8 KB mean a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > sample.length / 10;
}

export type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

/** The encoding a byte order mark at the start names (UTF-32's before UTF-16's, whose mark it starts with); UTF-8 without one. */
export function encodingOf(bytes: Uint8Array): Encoding {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32LE';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32BE';
  if (a === 0xff && b === 0xfe) return 'UTF-16LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  return 'UTF-8';
}

/** Whether the bytes start with a UTF-16 or UTF-32 byte order mark (text with NUL bytes in it). */
export function isWide(bytes: Uint8Array): boolean {
  return encodingOf(bytes) !== 'UTF-8';
}

export function decodeText(bytes: Uint8Array): string {
  const encoding = encodingOf(bytes);
  switch (encoding) {
    case 'UTF-32LE':
    case 'UTF-32BE':
      return decodeUtf32(bytes, encoding === 'UTF-32LE');
    case 'UTF-16LE':
      return decodeWith(utf16le, bytes, encoding);
    case 'UTF-16BE':
      return decodeWith(utf16be, bytes, encoding);
    case 'UTF-8':
      // A NUL byte anywhere, not only in the first 8 KB, is no text.
      if (looksBinary(bytes) || bytes.indexOf(0) >= 0) throw new DecodeError('binary file, not text');
      // TextDecoder drops a UTF-8 BOM itself (ignoreBOM: false).
      return decodeWith(utf8, bytes, 'UTF-8');
  }
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new DecodeError(`not valid ${name} text${name === 'UTF-8' ? ` (first bad byte at offset ${firstBadUtf8Byte(bytes)})` : ''}`);
  }
}

/** UTF-32 (which TextDecoder does not know), BOM removed; a unit that is no Unicode scalar value is refused. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const name = littleEndian ? 'UTF-32LE' : 'UTF-32BE';
  if (bytes.length % 4 !== 0) throw new DecodeError(`not valid ${name} text (${bytes.length} bytes, not a multiple of 4)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const codes: number[] = [];
  for (let at = 4; at < bytes.length; at += 4) {
    const code = view.getUint32(at, littleEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new DecodeError(`not valid ${name} text (bad code point at offset ${at})`);
    codes.push(code);
    if (codes.length === 4096) parts.push(String.fromCodePoint(...codes.splice(0)));
  }
  parts.push(String.fromCodePoint(...codes));
  return parts.join('');
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstBadUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}
