// Issue 14, configuration: a file found upward from the working folder (factdiff.config.json,
// .yaml, or the factdiff key of package.json) sets any option, checked against
// schema/config.schema.json with each problem at file:line:col; the command line wins.
// And --output FILE for every format, written whole or not at all.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, ROOT, runCli } from './helpers/runCli.js';
import { copyBail, tempDir, writeBailWithFrench } from './helpers/stories.js';

let project: string;
let work: string;

function config(name: string, text: string): void {
  for (const file of ['factdiff.config.json', 'factdiff.config.yaml', 'package.json']) rmSync(join(project, file), { force: true });
  writeFileSync(join(project, name), text);
}

beforeAll(() => {
  project = tempDir('config');
  work = join(project, 'news', 'today');
  mkdirSync(work, { recursive: true });
  writeBailWithFrench(work, { percent: '52' }, 'vote');
  copyBail(work, 'calm');
});

describe('a configuration file', () => {
  it('is found in a folder above the working folder and sets the options (YAML)', () => {
    config('factdiff.config.yaml', 'groupBy: stem\nformat: json\n');
    const run = runCli(['reconcile', '.'], { cwd: work });
    expect(run.status).toBe(0);
    expect(json(run).stories.map((s: any) => s.name)).toEqual(['calm', 'vote']);
  });

  it('may be JSON, or the factdiff key of package.json; a command section wins over the top level', () => {
    config('factdiff.config.json', JSON.stringify({ groupBy: 'stem', format: 'json', check: { format: 'ndjson', failOn: 'none' } }));
    const check = runCli(['check', '.'], { cwd: work });
    expect(check.status).toBe(0);
    expect(check.stdout.trim().split('\n').map((l) => JSON.parse(l).story)).toEqual(['vote']);
    config('package.json', JSON.stringify({ name: 'newsroom', factdiff: { groupBy: 'stem', format: 'json' } }));
    expect(json(runCli(['reconcile', '.'], { cwd: work })).stories).toHaveLength(2);
  });

  it('gives way to the command line', () => {
    config('factdiff.config.yaml', 'groupBy: stem\nformat: json\n');
    const run = runCli(['reconcile', '--format', 'ndjson', '--group-by', 'all', '.'], { cwd: work });
    expect(run.status).toBe(0);
    expect(new Set(run.stdout.trim().split('\n').map((l) => JSON.parse(l).story))).toEqual(new Set(['']));
    expect(runCli(['reconcile', '--no-config', '.'], { cwd: work }).stdout).toMatch(/^story: 7 versions/);
  });

  it('makes its paths relative to its own folder', () => {
    const baseline = join(project, 'known.json');
    expect(runCli(['check', '--group-by', 'stem', '--write-baseline', baseline, '.'], { cwd: work }).status).toBe(0);
    config('factdiff.config.yaml', 'groupBy: stem\ncheck:\n  baseline: known.json\n');
    expect(runCli(['check', '.'], { cwd: work }).status).toBe(0);
  });

  it('sets once what each run used to repeat: --tolerance, --rules and --fail-on', () => {
    const rounded = join(project, 'news', 'rounded');
    mkdirSync(rounded);
    writeBailWithFrench(rounded, { users: '12,98' });
    mkdirSync(join(project, 'packs'), { recursive: true });
    writeFileSync(join(project, 'packs', 'de.yaml'), 'lang: de\nnegatives:\n  - "Seite 3 von 10 ist leer"\n');
    config('factdiff.config.yaml', 'failOn: none\n');
    const none = runCli(['check', '.'], { cwd: rounded });
    expect(none.status).toBe(0);
    expect(none.stdout).toMatch(/^1 conflict in 1 of 1 story;/m);
    config('factdiff.config.yaml', 'tolerance: 5%\nrules: packs\n');
    const within = runCli(['check', '.'], { cwd: rounded });
    expect([within.status, within.stderr]).toEqual([0, '']);
    expect(within.stdout).toMatch(/^0 conflicts in 0 of 1 story;/m);
    expect(runCli(['check', '--tolerance', '0', '.'], { cwd: rounded }).status).toBe(1);
    expect(runCli(['rules'], { cwd: rounded }).stdout).toMatch(/^de  German .* negatives  with the user pack in \.\.\/\.\.\/packs$/m);
  });

  it('is checked against its schema, each problem at file:line:col with a suggestion', () => {
    config('factdiff.config.yaml', 'groupBy: stems\ncheck:\n  fail-on: any\njobs: many\n');
    const run = runCli(['check', '.'], { cwd: work });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const file = join(project, 'factdiff.config.yaml');
    expect(run.stderr.trimEnd().split('\n').sort()).toEqual(
      [
        `factdiff: ${file}:1:10: groupBy: 'stems' is not one of all, stem (did you mean 'stem'?)`,
        `factdiff: ${file}:3:3: check.fail-on: unknown key 'fail-on' (did you mean 'failOn'?)`,
        `factdiff: ${file}:4:7: jobs: must be integer`,
      ].sort(),
    );
    config('package.json', '{"name": "x",\n  "factdiff": {"check": {"format": "html5"}}}');
    const bad = runCli(['check', '.'], { cwd: work });
    expect(bad.stderr).toMatch(new RegExp(`^factdiff: ${join(project, 'package.json')}:2:36: check\\.format: 'html5' is not one of .*\\n$`));
    config('factdiff.config.yaml', 'extract:\n  format: sarif\n');
    expect(runCli(['extract', '.'], { cwd: work }).stderr).toBe(`factdiff: ${file}:2:3: extract.format: 'sarif' is not one of pretty, json, ndjson, yaml (the choices of extract)\n`);
  });

  it('can set every option of every command, and has no key that is not one', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'config.schema.json'), 'utf8'));
    const keys = Object.keys(schema.properties).filter((k) => !['extract', 'reconcile', 'check'].includes(k));
    const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const flags = new Set<string>();
    for (const command of ['extract', 'reconcile', 'check', 'rules']) {
      const help = runCli([command, '--help']).stdout;
      for (const [, flag] of help.matchAll(/--(?:no-)?([a-z][a-z-]+)/g)) flags.add(camel(flag!));
    }
    for (const notAnOption of ['help', 'config', 'facts']) flags.delete(notAnOption);
    expect(keys.sort()).toEqual([...flags].sort());
  });
});

describe('--output FILE', () => {
  it('writes the result of every format there, and nothing to stdout', () => {
    const dir = tempDir('output');
    const formats: Array<[string, string]> = [
      ['extract', 'ndjson'],
      ['extract', 'yaml'],
      ['reconcile', 'pretty'],
      ['check', 'sarif'],
    ];
    for (const [command, format] of formats) {
      const file = join(dir, `${command}.${format}`);
      const toFile = runCli([command, '--no-config', '--format', format, '--output', file, 'test/fixtures/bail']);
      const toStdout = runCli([command, '--no-config', '--format', format, 'test/fixtures/bail']);
      expect([toFile.status, toFile.stdout, toFile.stderr]).toEqual([toStdout.status, '', '']);
      expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the file as it was when the run fails, and says why it cannot write', () => {
    const dir = tempDir('output-fail');
    const file = join(dir, 'out.json');
    writeFileSync(file, 'before\n');
    const run = runCli(['reconcile', '--format', 'json', '--output', file, '--types', 'nonsense', 'seeds']);
    expect(run.status).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('before\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
    const nowhere = runCli(['extract', '--output', join(dir, 'no', 'such', 'out.json'), 'seeds']);
    expect([nowhere.status, nowhere.stderr]).toEqual([2, `factdiff: --output ${join(dir, 'no', 'such', 'out.json')}: cannot write there (ENOENT)\n`]);
  });
});
