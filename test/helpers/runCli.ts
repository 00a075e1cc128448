// Runs the built CLI the way a user does and returns what it printed and its exit code.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
const BIN = join(ROOT, 'bin', 'factdiff.js');

export interface CliRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

export function runCli(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
    maxBuffer: 1 << 28,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

export function json<T = any>(run: CliRun): T {
  return JSON.parse(run.stdout) as T;
}
