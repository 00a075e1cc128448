// Writing a result file whole or not at all: into a temporary file beside it, then renamed
// over it, so a reader (or a full disk) never sees half of it. A file that is one of the
// run's inputs, or that nobody may write, is never replaced.
import { accessSync, constants, closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFileError } from './findInputs.js';

export class WriteError extends Error {}

/** The real path of a file, or of the folder it would be in when it does not exist yet. */
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(file))), basename(file));
    } catch {
      return resolve(file);
    }
  }
}

function realOf(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** Refuses, with the reason, to write `file` over an input or a read-only file. */
export function checkWritable(file: string, inputs: readonly string[]): void {
  const target = realTarget(file);
  if (inputs.some((input) => realOf(input) === target)) throw new WriteError('is one of the inputs; not overwritten');
  let exists = true;
  try {
    const stats = statSync(target);
    if (stats.isDirectory()) throw new WriteError('is a folder');
    // A device or a pipe is not replaced by a file.
    if (!stats.isFile()) throw new WriteError('is not a regular file; not overwritten');
  } catch (e) {
    if (e instanceof WriteError) throw e;
    exists = false;
  }
  try {
    accessSync(exists ? target : dirname(target), constants.W_OK);
    // Root may write anything: a file without any write bit is still left alone.
    if (exists && (statSync(target).mode & 0o222) === 0) throw Object.assign(new Error('read-only'), { code: 'EACCES' });
  } catch (e) {
    throw new WriteError(`cannot write it (${describeFileError(e)})`);
  }
}

export function writeFileAtomic(file: string, text: string, inputs: readonly string[] = []): void {
  checkWritable(file, inputs);
  const target = realTarget(file);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new WriteError(`cannot write it (${describeFileError(e)})`);
  }
}
