// A file's bytes, read in chunks that stop at a limit: an endless input (/dev/zero behind a
// link, a pipe that never closes) or a huge one costs at most the limit, never all memory.
// The first bytes may be judged before the rest is read (a binary file is left at its first 8 KB).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 16;

export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${describeBytes(limit)}`);
  }
}

/** 64 MB, 1.5 GB, 512 KB, 10 bytes. */
export function describeBytes(bytes: number): string {
  const units: Array<[number, string]> = [
    [2 ** 30, 'GB'],
    [2 ** 20, 'MB'],
    [2 ** 10, 'KB'],
  ];
  for (const [size, unit] of units) if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  return `${bytes} bytes`;
}

/**
 * Up to `limit` bytes of the file (a path, or 0 for standard input); TooLargeError past it.
 * `judgeStart` sees the first `startBytes` (or all, when shorter) as soon as they are read
 * and may throw to stop there.
 */
export function readBounded(file: string | 0, limit: number, judgeStart?: (start: Uint8Array) => void, startBytes = 8192): Buffer {
  const fd = file === 0 ? 0 : openSync(file, 'r');
  try {
    const stats = fstatSync(fd);
    if (stats.isFile() && stats.size > limit) throw new TooLargeError(limit);
    const chunks: Buffer[] = [];
    let total = 0;
    let judged = judgeStart === undefined;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSyncRetrying(fd, chunk);
      if (n === 0) break;
      chunks.push(n === CHUNK ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > limit) throw new TooLargeError(limit);
      if (!judged && total >= startBytes) {
        judged = true;
        judgeStart!(Buffer.concat(chunks, total).subarray(0, startBytes));
      }
    }
    const bytes = Buffer.concat(chunks, total);
    if (!judged) judgeStart!(bytes);
    return bytes;
  } finally {
    if (file !== 0) closeSync(fd);
  }
}

/** A read from a pipe that is not ready yet (EAGAIN on a non-blocking standard input) is tried again. */
function readSyncRetrying(fd: number, buffer: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      else if (code === 'EOF') return 0;
      else throw e;
    }
  }
}
