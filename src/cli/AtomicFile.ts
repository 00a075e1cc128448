// --output FILE: the result written to a temporary file beside FILE and renamed over it once
// complete, so FILE is never seen half written and a failed run leaves the old one.
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './UsageError.js';

export class AtomicFile {
  private readonly temp: string;
  private readonly fd: number;

  constructor(private readonly target: string) {
    this.temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    try {
      this.fd = openSync(this.temp, 'wx');
    } catch (e) {
      throw new UsageError(`--output ${target}: cannot write there (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }

  write(chunk: string): void {
    writeSync(this.fd, chunk);
  }

  /** The file complete: put in place. */
  commit(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.temp, this.target);
  }

  /** The run failed: the temporary file goes, FILE stays as it was. */
  abort(): void {
    closeSync(this.fd);
    unlinkSync(this.temp);
  }
}
