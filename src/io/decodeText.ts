// Bytes to text: UTF-8 (BOM removed), UTF-16 LE/BE with a BOM; binary and undecodable
// files are refused with a reason.
import { TextDecoder } from 'node:util';

export class DecodeError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false });

/** NUL bytes, or many control characters, in the first 8 KB mean a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > sample.length / 10;
}

/** Whether the bytes start with a UTF-16 byte order mark. */
export function isUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

export function decodeText(bytes: Uint8Array): string {
  if (isUtf16(bytes)) return bytes[0] === 0xff ? decodeWith(utf16le, bytes, 'UTF-16LE') : decodeWith(utf16be, bytes, 'UTF-16BE');
  if (looksBinary(bytes)) throw new DecodeError('binary file, not text');
  // TextDecoder drops a UTF-8 BOM itself (ignoreBOM: false).
  return decodeWith(utf8, bytes, 'UTF-8');
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new DecodeError(`not valid ${name} text${name === 'UTF-8' ? ` (first bad byte at offset ${firstBadUtf8Byte(bytes)})` : ''}`);
  }
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
