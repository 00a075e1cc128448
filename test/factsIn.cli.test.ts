// `reconcile --facts`: facts written by `extract --format ndjson`, possibly in shards run
// separately and concatenated, reconcile to exactly what `reconcile PATH...` prints.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, runCli, type CliRun } from './helpers/runCli.js';
import { expectValid, schemaValidators } from './helpers/schemas.js';
import { copyBail, copySeedsAsStem, SEED_FILES, tempDir } from './helpers/stories.js';

function extract(args: string[]): string {
  const run = runCli(['extract', '--format', 'ndjson', ...args]);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toBe('');
  return run.stdout;
}

function ok(run: CliRun): CliRun {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run;
}

describe('reconcile --facts on the seed story', () => {
  let dir: string;
  let direct: CliRun;
  let whole: string;
  beforeAll(() => {
    dir = tempDir('facts');
    direct = ok(runCli(['reconcile', '--format', 'json', 'seeds']));
    whole = extract(['seeds']);
  });

  it('gives the bytes of reconcile seeds/ from the facts of one extract run, read from stdin or a file', () => {
    const file = join(dir, 'whole.ndjson');
    writeFileSync(file, whole);
    expect(ok(runCli(['reconcile', '--format', 'json', '--facts', '-'], { input: whole })).stdout).toBe(direct.stdout);
    expect(ok(runCli(['reconcile', '--format', 'json', '--facts', file])).stdout).toBe(direct.stdout);
    expectValid(schemaValidators().reconcile, json(direct));
  });

  it('gives the same result whatever the order of the fact lines', () => {
    const lines = whole.trimEnd().split('\n');
    const shuffled = `${[...lines].reverse().join('\n')}\n`;
    expect(ok(runCli(['reconcile', '--format', 'json', '--facts', '-'], { input: shuffled })).stdout).toBe(direct.stdout);
  });

  // Shards of single files: the figures of a document depend on that document alone, so they
  // reconcile as in one run. Names do not: a name found in one version is looked for in the
  // others, so a shard must hold whole stories for its names to match (README, "Past one machine").
  it('gives the figure groups of reconcile seeds/ from per-file shards, concatenated (stdin and file)', () => {
    const shards = SEED_FILES.map(({ file }) => extract([`seeds/${file}`])).join('');
    const file = join(dir, 'shards.ndjson');
    writeFileSync(file, shards);
    const fromStdin = ok(runCli(['reconcile', '--format', 'json', '--facts', '-'], { input: shards }));
    const fromFile = ok(runCli(['reconcile', '--format', 'json', '--facts', file]));
    expect(fromFile.stdout).toBe(fromStdin.stdout);
    // Where a version would state a missing fact (missingAt) comes from the sentence alignment,
    // which names anchor too: names need the whole story in one run, figures do not.
    const figures = (run: CliRun) => json(run).groups.filter((g: any) => !['person', 'org', 'place'].includes(g.type)).map(({ missingAt: _, ...g }: any) => g);
    expect(figures(fromFile)).toEqual(figures(direct));
    expect(json(fromFile).documents).toEqual(json(direct).documents);
  });

  it('gives the bytes of reconcile seeds/ from one whole-story shard split by type and concatenated in any order', () => {
    const names = extract(['--types', 'person,org,place', 'seeds']);
    const figures = extract(['--types', 'number,percent,money,date,ordinal,time,weekday,score,identifier', 'seeds']);
    expect(ok(runCli(['reconcile', '--format', 'json', '--facts', '-'], { input: figures + names })).stdout).toBe(direct.stdout);
  });

  it('check --facts exits and prints as check PATH does', () => {
    const fromPaths = runCli(['check', '--format', 'json', 'seeds']);
    const fromFacts = runCli(['check', '--format', 'json', '--facts', '-'], { input: whole });
    expect([fromFacts.status, fromFacts.stdout, fromFacts.stderr]).toEqual([fromPaths.status, fromPaths.stdout, fromPaths.stderr]);
    expect(fromFacts.status).toBe(1);
  });
});

describe('reconcile --facts with --group-by stem', () => {
  let dir: string;
  let direct: CliRun;
  beforeAll(() => {
    dir = tempDir('facts-stem');
    copyBail(dir, 'bail');
    copySeedsAsStem(dir, 'telegram');
    direct = ok(runCli(['reconcile', '--group-by', 'stem', '--format', 'json', dir]));
  });

  it('gives the stories of reconcile --group-by stem from one shard per story, concatenated', () => {
    const bail = extract(['--group-by', 'stem', ...['de', 'en', 'ru'].map((l) => join(dir, `bail.${l}.txt`))]);
    const telegram = extract(['--group-by', 'stem', ...['ar', 'de', 'id', 'pt', 'ru'].map((l) => join(dir, `telegram.${l}.txt`))]);
    const fromShards = ok(runCli(['reconcile', '--group-by', 'stem', '--format', 'json', '--facts', '-'], { input: bail + telegram }));
    expect(json(fromShards).stories.map((s: any) => s.name)).toEqual([join(dir, 'bail'), join(dir, 'telegram')]);
    expect(fromShards.stdout).toBe(direct.stdout);
    const reversed = ok(runCli(['reconcile', '--group-by', 'stem', '--format', 'json', '--facts', '-'], { input: telegram + bail }));
    expect(reversed.stdout).toBe(direct.stdout);
  });

  it('gives the stories of one extract run of the whole folder', () => {
    const all = extract(['--group-by', 'stem', dir]);
    const file = join(dir, '..', 'stem.ndjson');
    writeFileSync(file, all);
    expect(ok(runCli(['reconcile', '--group-by', 'stem', '--format', 'json', '--facts', file])).stdout).toBe(direct.stdout);
  });
});

describe('reconcile --facts: bad input', () => {
  it('reports each bad line as FILE:LINE on one line, reconciles the good ones, exits 2', () => {
    const good = '{"type":"money","text":"5 Millionen Euro","start":0,"end":16,"line":1,"column":1,"value":5000000,"currency":"EUR","rule":"de/amount","path":"a.de.txt","lang":"de"}';
    const run = runCli(['reconcile', '--format', 'json', '--facts', '-'], { input: `${good}\nnot json\n{"type":"money"}\n` });
    expect(run.status).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^factdiff: -:2: not JSON/), expect.stringMatching(/^factdiff: -:3: not a fact line/)]);
    const out = json(run);
    expectValid(schemaValidators().reconcile, out);
    expect(out.groups).toEqual([expect.objectContaining({ type: 'money', status: 'single', value: 5000000 })]);
    expect(out.errors.map((e: any) => e.path)).toEqual(['-:2', '-:3']);
  });

  it('exits 2 with one line for a facts file that is not there', () => {
    const run = runCli(['reconcile', '--facts', 'nowhere.ndjson']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^factdiff: nowhere\.ndjson: .+\n$/);
  });
});
