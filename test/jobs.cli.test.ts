// --jobs end to end: a folder big enough for worker threads to be started, bad files among
// the good ones, gives byte for byte the same stdout, stderr and exit code on one thread as
// on several, for every command.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_PARALLEL_BYTES } from '../src/parallel/workerCount.js';
import { FIXTURES, ROOT, runCli, type CliRun } from './helpers/runCli.js';

let dir: string;
const STDIN_TEXT = 'Die Kaution betrug 5 Millionen Euro, sagte Pavel Durov.\n';

/** The same article with other figures (every digit shifted by `k`), and plain words that are quick to read. */
const variant = (text: string, k: number) => `${text.replace(/[0-9]/g, (d) => String((Number(d) + k) % 10))}\n${FILLER}`;
const FILLER = 'und die mit dem von der auf das ist nicht zu sich des eine als auch es an er so dass\n'.repeat(60);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdiff-jobs-'));
  const articles = [
    ...readdirSync(join(ROOT, 'seeds')).map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8')),
    ...readdirSync(join(FIXTURES, 'bail')).map((f) => readFileSync(join(FIXTURES, 'bail', f), 'utf8')),
  ];
  const langs = ['de', 'en', 'ru', 'ar', 'pt', 'id', 'es', 'fr'];
  // Stories of several versions each, in nested folders, until there is enough to share out.
  let bytes = 0;
  for (let k = 0; bytes <= MIN_PARALLEL_BYTES * 1.2; k++) {
    const folder = join(dir, `part${k % 3}`);
    mkdirSync(folder, { recursive: true });
    articles.forEach((text, i) => {
      const path = join(folder, `story${k}.${langs[i % langs.length]}.txt`);
      writeFileSync(path, variant(text, k));
      bytes += statSync(path).size;
    });
  }
  writeFileSync(join(dir, 'part1', 'latin1.de.txt'), new Uint8Array([0x4b, 0x61, 0x75, 0x74, 0x69, 0x6f, 0x6e, 0x20, 0xe4, 0xfc]));
  writeFileSync(join(dir, 'part0', 'binary.en.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'part2', 'empty.fr.txt'), '');
  const locked = join(dir, 'part2', 'locked.ru.txt');
  writeFileSync(locked, STDIN_TEXT);
  chmodSync(locked, 0o000);
});

function expectSameRuns(runs: CliRun[]): void {
  const [first, ...rest] = runs;
  for (const run of rest) {
    expect(run.status).toBe(first!.status);
    expect(run.stderr).toBe(first!.stderr);
    expect(run.stdout === first!.stdout).toBe(true);
  }
}

const withJobs = (args: string[], jobs: number[], input?: string) => jobs.map((j) => runCli([...args, '--jobs', String(j), '--force-jobs'], input === undefined ? {} : { input }));

describe('--jobs', () => {
  it('extract: the same facts, errors and exit code on 1, 2 and 3 threads, standard input among the files', () => {
    const runs = withJobs(['extract', '--format', 'ndjson', dir, '-'], [1, 2, 3], STDIN_TEXT);
    expectSameRuns(runs);
    expect(runs[0]!.status).toBe(2);
    expect(runs[0]!.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/binary\.en\.txt: binary file, not text$/),
      expect.stringMatching(/latin1\.de\.txt: not valid UTF-8 text/),
      expect.stringMatching(/locked\.ru\.txt: permission denied$/),
    ]);
    const facts = runs[0]!.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(facts.some((f) => f.path === '-' && f.type === 'person')).toBe(true);
    expect(new Set(facts.map((f) => f.path)).size).toBeGreaterThan(40);
  });

  it('extract: documents stream when no names are asked for, in the same order on any number of threads', () => {
    expectSameRuns(withJobs(['extract', '--format', 'json', '--types', 'money,percent', '--group-by', 'stem', dir], [1, 3]));
  });

  it('reconcile and check: the same stories and discrepancies on 1 and 2 threads', () => {
    expectSameRuns(withJobs(['reconcile', '--format', 'json', '--group-by', 'stem', dir], [1, 2]));
    const checks = withJobs(['check', '--format', 'github', '--fail-on', 'any', dir], [1, 2]);
    expectSameRuns(checks);
    expect(checks[0]!.status).toBe(2);
  });

  it.each(['0', '-1', '1.5', 'two', '', '257'])('refuses --jobs %j with one line and exit 2', (value) => {
    const run = runCli(['extract', '--jobs', value, dir]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^factdiff: .*--jobs.*\n$/);
  });
});
