// `factdiff check` end to end: exit codes by --fail-on, every output format (JSON and NDJSON
// against schema/check.schema.json, SARIF against the official SARIF 2.1.0 schema, GitHub
// workflow commands), baselines, and --tolerance.
//
// Extraction is what makes a run slow, and check's own behaviour does not depend on how the
// facts were found: the exit-code matrix and most format checks run on facts extracted once
// (`--facts`, whose equality with PATHs factsIn.cli.test.ts tests); the rest run on PATHs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { json, ROOT, runCli, type CliRun } from './helpers/runCli.js';
import { errorsOf, expectValid, sarifValidator, schemaValidators, type Validators } from './helpers/schemas.js';
import { copyBail, SEED_FILES, tempDir, writeBailWithFrench } from './helpers/stories.js';

const MADIYEV_MESSAGE = 'given name differs: Zhaslan (ru, ar, pt) vs Baglan (de, id); 3 of 5 versions say Zhaslan';

let schemas: Validators;
let dir: string;
/**
 * NDJSON facts of: the seed story (a conflict, and facts missing from some versions); the
 * bail story (every fact agrees); bail with two facts missing from ru only; bail with a French
 * version whose user count is rounded beyond tolerance (a conflict, nothing missing).
 */
const facts = { seeds: '', clean: '', missing: '', rounding: '' };

function extractTo(file: string, args: string[]): string {
  const run = runCli(['extract', '--format', 'ndjson', ...args]);
  expect(run.status, run.stderr).toBe(0);
  writeFileSync(file, run.stdout);
  return file;
}

beforeAll(() => {
  schemas = schemaValidators();
  dir = tempDir('check');
  facts.seeds = extractTo(join(dir, 'seeds.ndjson'), ['seeds']);
  facts.clean = extractTo(join(dir, 'clean.ndjson'), ['test/fixtures/bail']);
  const missing = join(dir, 'missing');
  const files = copyBail(tempDirIn(missing));
  writeFileSync(files[2]!, 'Основатель был освобождён 28 августа 2024 года под залог €5 млн.\nУ платформы более 12,5 млн пользователей.\n');
  facts.missing = extractTo(join(dir, 'missing.ndjson'), files);
  const rounding = tempDirIn(join(dir, 'rounding'));
  writeBailWithFrench(rounding, { users: '12,98' });
  facts.rounding = extractTo(join(dir, 'rounding.ndjson'), [rounding]);
});

function tempDirIn(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}

function ndjsonLines(run: CliRun): any[] {
  if (run.stdout === '') return [];
  expect(run.stdout.endsWith('\n')).toBe(true);
  return run.stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('check exit codes', () => {
  // [fixture, exit with --fail-on conflict, missing, any, none]
  const table: Array<[keyof typeof facts, number, number, number, number]> = [
    ['seeds', 1, 1, 1, 0],
    ['clean', 0, 0, 0, 0],
    ['missing', 0, 1, 1, 0],
    ['rounding', 1, 0, 1, 0],
  ];
  it.each(table)('%s: conflict %i, missing %i, any %i, none %i', (fixture, ...expected) => {
    const codes = (['conflict', 'missing', 'any', 'none'] as const).map((failOn) => {
      const run = runCli(['check', '--format', 'json', '--fail-on', failOn, '--facts', facts[fixture]]);
      expect(run.stderr).toBe('');
      expectValid(schemas.check, json(run));
      return run.status;
    });
    expect(codes).toEqual(expected);
  });

  it('fails on conflict by default, and exits 2 on a bad --fail-on', () => {
    expect(runCli(['check', '--facts', facts.seeds]).status).toBe(1);
    expect(runCli(['check', '--facts', facts.clean]).status).toBe(0);
    const bad = runCli(['check', '--fail-on', 'conflicts', '--facts', facts.seeds]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^factdiff: .*--fail-on.*conflicts/)]);
  });

  it('with --fail-on none still prints the conflicts', () => {
    const run = runCli(['check', '--format', 'json', '--fail-on', 'none', '--facts', facts.seeds]);
    expect(run.status).toBe(0);
    expect(json(run).groups.map((g: any) => g.code)).toEqual(['given-name-differs']);
  });
});

describe('check --format json, ndjson, yaml, pretty', () => {
  let seeds: CliRun;
  beforeAll(() => {
    seeds = runCli(['check', '--format', 'json', 'seeds']);
  });

  it('prints only the discrepancies, in the schema of check', () => {
    expect(seeds.status).toBe(1);
    expect(seeds.stderr).toBe('');
    const out = json(seeds);
    expectValid(schemas.check, out);
    expect(out.documents.map((d: any) => d.lang)).toEqual(SEED_FILES.map((s) => s.lang));
    expect(out.groups).toHaveLength(1);
    expect(out.groups[0]).toMatchObject({ status: 'conflict', type: 'person', code: 'given-name-differs', message: MADIYEV_MESSAGE });
    // The same group reconcile reports.
    const reconciled = json(runCli(['reconcile', '--format', 'json', '--facts', facts.seeds]));
    expect(out.groups[0]).toEqual(reconciled.groups.find((g: any) => g.status === 'conflict'));
  });

  it('lists with --fail-on any the facts missing from some versions, and where they are missing', () => {
    const run = runCli(['check', '--format', 'json', '--fail-on', 'any', '--facts', facts.seeds]);
    const out = json(run);
    expectValid(schemas.check, out);
    const all = out.documents.map((d: any) => d.path).sort();
    const missing = out.groups.filter((g: any) => g.status !== 'conflict');
    expect(missing.length).toBeGreaterThan(10);
    for (const g of missing) {
      const present = [...new Set(g.mentions.map((m: any) => m.path))] as string[];
      expect(g.absent.filter((p: string) => present.includes(p))).toEqual([]);
      expect([...present, ...g.absent].sort()).toEqual(all);
    }
    expect(out.groups.filter((g: any) => g.status === 'conflict')).toHaveLength(1);
  });

  it('writes only missing facts with --fail-on missing', () => {
    const out = json(runCli(['check', '--format', 'json', '--fail-on', 'missing', '--facts', facts.missing]));
    expectValid(schemas.check, out);
    expect(out.groups.map((g: any) => [g.type, g.value, g.absent.map((p: string) => p.slice(-7))])).toEqual([
      ['percent', 25, ['.ru.txt']],
      ['date', '2023', ['.ru.txt']],
    ]);
  });

  it('writes one discrepancy a line (ndjson), each in the schema of check', () => {
    const run = runCli(['check', '--format', 'ndjson', '--fail-on', 'any', '--facts', facts.seeds]);
    expect(run.status).toBe(1);
    const lines = ndjsonLines(run);
    for (const line of lines) expectValid(schemas.checkLine, line);
    expect(lines.map(({ story: _, ...g }) => g)).toEqual(json(runCli(['check', '--format', 'json', '--fail-on', 'any', '--facts', facts.seeds])).groups);
    expect(ndjsonLines(runCli(['check', '--format', 'ndjson', '--facts', facts.clean]))).toEqual([]);
  });

  it('writes YAML of the JSON shape', () => {
    const run = runCli(['check', '--format', 'yaml', '--facts', facts.seeds]);
    expect(run.status).toBe(1);
    expect(parseYaml(run.stdout)).toEqual(json(runCli(['check', '--format', 'json', '--facts', facts.seeds])));
  });

  it('prints the conflict and its explanation in the table', () => {
    const run = runCli(['check', '--facts', facts.seeds]);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stdout).toMatch(/^CONFLICT\s+person Zhaslan Madiyev/m);
    expect(run.stdout).toContain(MADIYEV_MESSAGE);
    expect(run.stdout).not.toMatch(/^(agree|single) /m);
  });

  it('holds the stories with --group-by stem', () => {
    const run = runCli(['check', '--group-by', 'stem', '--format', 'json', '--fail-on', 'any', '--facts', facts.rounding]);
    expect(run.status).toBe(1);
    const out = json(run);
    expectValid(schemas.check, out);
    expect(out.stories).toHaveLength(1);
    expect(out.stories[0].name).toMatch(/rounding\/bail$/);
    expect(out.stories[0].groups.map((g: any) => g.code)).toEqual(['rounding']);
  });
});

describe('check --format sarif', () => {
  let run: CliRun;
  let log: any;
  beforeAll(() => {
    run = runCli(['check', '--format', 'sarif', 'seeds']);
    log = JSON.parse(run.stdout);
  });

  it('is valid SARIF 2.1.0 (the official schema)', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const validate = sarifValidator();
    expect(validate(log), errorsOf(validate)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
  });

  it('reports the Madiyev conflict at the versions that differ, with the versions that agree related', () => {
    const [theRun] = log.runs;
    expect(theRun.tool.driver.name).toBe('factdiff');
    expect(theRun.tool.driver.rules.map((r: any) => r.id)).toEqual(['given-name-differs']);
    expect(theRun.results).toHaveLength(1);
    const [result] = theRun.results;
    expect(result).toMatchObject({ ruleId: 'given-name-differs', ruleIndex: 0, level: 'error', message: { text: MADIYEV_MESSAGE } });
    const uris = (locations: any[]) => [...new Set(locations.map((l) => l.physicalLocation.artifactLocation.uri))];
    expect(uris(result.locations)).toEqual(['seeds/000_1b68fa9291bf1cee.txt', 'seeds/001_0a57c867282f0b49.txt']);
    expect(uris(result.relatedLocations)).toEqual(['seeds/002_b02700d6e4010f9a.txt', 'seeds/003_dc6a1b202083be67.txt', 'seeds/004_1c4dbd0c578fe654.txt']);
    const conflict = json(runCli(['check', '--format', 'json', '--facts', facts.seeds])).groups[0];
    expect(result.locations.length + result.relatedLocations.length).toBe(conflict.mentions.length);
    expect(new Set(result.relatedLocations.map((l: any) => l.id)).size).toBe(result.relatedLocations.length);
    expect(result.partialFingerprints.factdiff).toMatch(/^[0-9a-f]+$/);
  });

  it('points every location at the text it quotes, columns counted as the run says', () => {
    const [theRun] = log.runs;
    expect(theRun.columnKind).toBe('unicodeCodePoints');
    const [result] = theRun.results;
    for (const location of [...result.locations, ...result.relatedLocations]) {
      const { artifactLocation, region } = location.physicalLocation;
      const line = readFileSync(join(ROOT, artifactLocation.uri), 'utf8').split(/\r?\n/)[region.startLine - 1]!;
      expect([...line].slice(region.startColumn - 1, region.endColumn - 1).join('')).toBe(region.snippet.text);
    }
  });

  it('reports missing facts as warnings under the rule "missing"', () => {
    const out = JSON.parse(runCli(['check', '--format', 'sarif', '--fail-on', 'missing', '--facts', facts.missing]).stdout);
    const validate = sarifValidator();
    expect(validate(out), errorsOf(validate)).toBe(true);
    expect(out.runs[0].tool.driver.rules.map((r: any) => r.id)).toEqual(['missing']);
    expect(out.runs[0].results.map((r: any) => [r.ruleId, r.level])).toEqual([
      ['missing', 'warning'],
      ['missing', 'warning'],
    ]);
  });

  it('is a valid empty log when nothing differs', () => {
    const clean = runCli(['check', '--format', 'sarif', '--facts', facts.clean]);
    expect(clean.status).toBe(0);
    const out = JSON.parse(clean.stdout);
    const validate = sarifValidator();
    expect(validate(out), errorsOf(validate)).toBe(true);
    expect(out.runs[0].results).toEqual([]);
  });
});

describe('check --format github', () => {
  const LINE = /^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),endColumn=(\d+),title=([^,:]+)::(.+)$/;

  it('writes an error at each version that differs and a notice at each that agrees, at the mention', () => {
    const run = runCli(['check', '--format', 'github', '--facts', facts.seeds]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    const conflict = json(runCli(['check', '--format', 'json', '--facts', facts.seeds])).groups[0];
    for (const line of lines) {
      const m = LINE.exec(line);
      expect(m, line).not.toBeNull();
      const [, , file, l, col, endColumn, title, message] = m!;
      expect(title).toMatch(/^factdiff%3A given-name-differs/);
      expect(message).toContain(MADIYEV_MESSAGE);
      const first = conflict.mentions.find((x: any) => x.path === file);
      expect(first).toBeDefined();
      expect([Number(l), Number(col), Number(endColumn)]).toEqual([first.line, first.column, first.column + [...first.text].length]);
    }
    expect(lines.map((l) => [LINE.exec(l)![1], LINE.exec(l)![2]])).toEqual(SEED_FILES.map((s) => [['de', 'id'].includes(s.lang) ? 'error' : 'notice', `seeds/${s.file}`]));
  });

  it('writes missing facts as warnings on the versions that lack them, and nothing when nothing differs', () => {
    const run = runCli(['check', '--format', 'github', '--fail-on', 'missing', '--facts', facts.missing]);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^::warning file=[^,:]+\.ru\.txt,title=factdiff%3A missing::(percent 25 %25|date 2023) is not in this version; stated in de /);
    const clean = runCli(['check', '--format', 'github', '--facts', facts.clean]);
    expect([clean.status, clean.stdout]).toEqual([0, '']);
  });

  it('escapes % in the message and , and : in the properties', () => {
    const odd = tempDirIn(join(tempDir('github'), 'a,b:c'));
    writeBailWithFrench(odd, { percent: '52' });
    const run = runCli(['check', '--format', 'github', odd]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line).toMatch(LINE);
      expect(line).toContain('/a%2Cb%3Ac/bail.');
      // "25 %" in the message: the percent sign escaped, no raw one left.
      expect(line.split('::')[2]).toContain('25 %25');
      expect(line.split('::')[2]!.replace(/%(25|0D|0A)/g, '')).not.toContain('%');
    }
  });
});

describe('check --baseline and --write-baseline', () => {
  let story: string;
  let baseline: string;
  let before: string;
  beforeAll(() => {
    const base = tempDir('baseline');
    story = tempDirIn(join(base, 'story'));
    baseline = join(base, 'known.json');
    writeBailWithFrench(story, { percent: '52' });
    before = extractTo(join(base, 'before.ndjson'), [story]);
  });

  it('writes the discrepancies found and exits 0', () => {
    const run = runCli(['check', '--format', 'json', '--write-baseline', baseline, story]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`factdiff: wrote 1 known discrepancy to ${baseline}\n`);
    expect(json(run).groups.map((g: any) => g.code)).toEqual(['digit-transposition']);
    const file = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(file).toEqual({ version: 1, accepted: [{ fingerprint: expect.stringMatching(/^[0-9a-f]{16,}$/), kind: 'conflict', story: '', type: 'percent', value: 25 }] });
  });

  it('turns the failing check green with --baseline', () => {
    expect(runCli(['check', '--facts', before]).status).toBe(1);
    const run = runCli(['check', '--format', 'json', '--baseline', baseline, '--facts', before]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(json(run).groups).toEqual([]);
  });

  it('still fails on a discrepancy the baseline does not list, and reports only that one', () => {
    writeBailWithFrench(story, { percent: '52', users: '12,98' });
    const after = extractTo(join(story, '..', 'after.ndjson'), [story]);
    expect(json(runCli(['check', '--format', 'json', '--facts', after])).groups.map((g: any) => g.code).sort()).toEqual(['digit-transposition', 'rounding']);
    const run = runCli(['check', '--format', 'json', '--baseline', baseline, '--facts', after]);
    expect(run.status).toBe(1);
    expect(json(run).groups.map((g: any) => g.code)).toEqual(['rounding']);
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', '--baseline', baseline, '--facts', after]).stdout);
    expect(sarif.runs[0].results.map((r: any) => r.ruleId)).toEqual(['rounding']);
  });

  it('exits 2 with one line on a baseline it cannot use', () => {
    const notJson = join(tempDir('baseline-bad'), 'x.json');
    writeFileSync(notJson, '{"accepted": []}');
    for (const [file, why] of [
      [join(ROOT, 'nowhere.json'), /cannot read it/],
      [notJson, /not a factdiff baseline/],
    ] as const) {
      const run = runCli(['check', '--baseline', file, '--facts', facts.clean]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(new RegExp(`^factdiff: --baseline .*${why.source}`))]);
    }
  });
});

describe('--tolerance', () => {
  it('is 0 by default, a fraction or a percentage when given', () => {
    expect(runCli(['check', '--facts', facts.rounding]).status).toBe(1);
    expect(runCli(['check', '--tolerance', '0', '--facts', facts.rounding]).status).toBe(1);
    expect(runCli(['check', '--tolerance', '5%', '--facts', facts.rounding]).status).toBe(0);
    expect(runCli(['check', '--tolerance', '0.05', '--facts', facts.rounding]).status).toBe(0);
    expect(runCli(['check', '--tolerance', '1%', '--facts', facts.rounding]).status).toBe(1);
    const agree = json(runCli(['reconcile', '--format', 'json', '--tolerance', '5%', '--facts', facts.rounding]));
    expect(agree.groups.find((g: any) => g.type === 'number' && g.value === 12500000)).toMatchObject({ status: 'agree' });
  });

  const bad = ['lots', '-1', '1', '1.5', '100%', '', ' ', '.5', '1e-2', '0,01', '5 %%', '0x1'];
  it.each(bad.flatMap((value) => [['reconcile', value] as const, ['check', value] as const]))('%s --tolerance %j: exit 2, one line on stderr', (command, value) => {
    const run = runCli([command, `--tolerance=${value}`, '--facts', facts.clean]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^factdiff: --tolerance: .* is not a relative tolerance/)]);
  });

  it('without a value is a usage error too', () => {
    const run = runCli(['check', '--facts', facts.clean, '--tolerance']);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^factdiff: .*--tolerance/)]);
  });
});
