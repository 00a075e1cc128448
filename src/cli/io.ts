// The process's streams and environment, as the commands see them. Only src/cli touches these.
import { once } from 'node:events';
import { Chalk, type ChalkInstance } from 'chalk';
import { describeFileError } from '../io/findInputs.js';
import { escapeControl } from '../text/escapeControl.js';
import type { InputError } from '../types.js';
import { AtomicFile } from './AtomicFile.js';
import { OutputError } from './OutputError.js';
import { NO_PROGRESS, progressBar, type Progress } from './progress.js';
import { StatusLine } from './statusLine.js';

export interface CliIo {
  /**
   * Writes to stdout, waiting when the reader is slower than we are. A reader that went away
   * (`| head`) is written to no more, and the run goes on to its exit code; any other error
   * (a full disk) is an OutputError.
   */
  write(chunk: string): Promise<void>;
  /** The run is over: --output FILE put in place when it succeeded, dropped when it failed. */
  close(succeeded: boolean): void;
  /** One diagnostic line on stderr that is not an error (silenced by --quiet). */
  warn(line: string): void;
  /** The `factdiff: PATH: what is wrong` line of a bad input (never silenced). */
  inputError(error: InputError): void;
  /** Standard input as a stream, for reading it in chunks (opened when first asked for). */
  stdin: () => NodeJS.ReadableStream;
  /** A progress bar over this many files and bytes: on a terminal only, never in CI or with --quiet. */
  progress(files: number, bytes: number): Progress;
  chalk: ChalkInstance;
  stdoutIsTty: boolean;
  /** The width of the terminal stdout writes to; undefined when it is no terminal. */
  columns: number | undefined;
  stderrIsTty: boolean;
  cores: number;
}

export interface IoOptions {
  /** --color / --no-color. */
  color?: boolean;
  /** --quiet: no progress, no notes; errors still. */
  quiet?: boolean;
  /** --output FILE: the result there instead of stdout. */
  output?: string;
}

/** Colour only on a terminal that is not TERM=dumb, never with NO_COLOR, always with FORCE_COLOR or --color. */
export function colourLevel(env: NodeJS.ProcessEnv, isTty: boolean, flag: boolean | undefined): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : 1;
  return isTty && env.TERM !== 'dumb' ? 1 : 0;
}

/** CI services set CI (GitHub Actions, GitLab, Travis, CircleCI, Buildkite …); their logs are no terminal to redraw. */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/** Whether a progress bar may be drawn on stderr. */
export function showsProgress(env: NodeJS.ProcessEnv, stderrIsTty: boolean, quiet: boolean | undefined): boolean {
  return stderrIsTty && !quiet && !inCi(env) && env.TERM !== 'dumb';
}

export function processIo(options: IoOptions, cores: number): CliIo {
  const file = options.output === undefined ? undefined : new AtomicFile(options.output);
  const stdout = process.stdout;
  const onTerminal = !file && Boolean(stdout.isTTY);
  const status = new StatusLine(process.stderr);
  let closed = false;
  let failure: unknown;
  stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
    else failure ??= e;
  });
  const failed = () => new OutputError(`stdout: ${describeFileError(failure)}`);
  const progress = showsProgress(process.env, Boolean(process.stderr.isTTY), options.quiet);
  return {
    async write(chunk) {
      if (failure) throw failed();
      if (closed || !chunk) return;
      if (file) return file.write(chunk);
      // On one terminal the results go above the progress bar, never onto its line.
      if (onTerminal) status.clear();
      let full = false;
      try {
        full = !stdout.write(chunk);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EPIPE') closed = true;
        else failure ??= e;
      }
      if (full && !closed && !failure) await Promise.race([once(stdout, 'drain'), once(stdout, 'close')]).catch(() => undefined);
      if (failure) throw failed();
    },
    close(succeeded) {
      if (succeeded) file?.commit();
      else file?.abort();
    },
    warn(line) {
      if (!options.quiet) status.line(escapeControl(line));
    },
    inputError(error) {
      status.line(`factdiff: ${escapeControl(error.path)}: ${escapeControl(error.message)}`);
    },
    stdin: () => process.stdin,
    progress: (files, bytes) => (progress && files > 1 ? progressBar(status, files, bytes) : NO_PROGRESS),
    chalk: new Chalk({ level: colourLevel(process.env, onTerminal, options.color) }),
    stdoutIsTty: onTerminal,
    columns: onTerminal ? stdout.columns : undefined,
    stderrIsTty: Boolean(process.stderr.isTTY),
    cores,
  };
}
