// The process's streams and environment, as the commands see them. Only src/cli touches these.
import { once } from 'node:events';
import { Chalk, type ChalkInstance } from 'chalk';
import type { InputError } from '../types.js';

export interface CliIo {
  /** Writes to stdout, waiting when the reader is slower than we are. */
  write(chunk: string): Promise<void>;
  /** One diagnostic line on stderr. */
  warn(line: string): void;
  /** The `factdiff: PATH: what is wrong` line of a bad input. */
  inputError(error: InputError): void;
  chalk: ChalkInstance;
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
  cores: number;
}

/** Colour only on a terminal, never with NO_COLOR, always with FORCE_COLOR or --color. */
export function colourLevel(env: NodeJS.ProcessEnv, isTty: boolean, flag: boolean | undefined): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : 1;
  return isTty ? 1 : 0;
}

export function processIo(colour: boolean | undefined, cores: number): CliIo {
  const stdout = process.stdout;
  // A reader that goes away (`| head`) ends the run quietly.
  stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    async write(chunk) {
      if (chunk && !stdout.write(chunk)) await once(stdout, 'drain');
    },
    warn(line) {
      process.stderr.write(`${line}\n`);
    },
    inputError(error) {
      process.stderr.write(`factdiff: ${error.path}: ${error.message}\n`);
    },
    chalk: new Chalk({ level: colourLevel(process.env, Boolean(stdout.isTTY), colour) }),
    stdoutIsTty: Boolean(stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    cores,
  };
}
