// `factdiff reconcile` end to end: the built binary on the seed story and on folders of
// NAME.LANG.txt stories, in every output format, each validated against schema/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { json, ROOT, runCli, type CliRun } from './helpers/runCli.js';
import { expectValid, schemaValidators, type Validators } from './helpers/schemas.js';
import { copyBail, copySeedsAsStem, SEED_FILES, tempDir } from './helpers/stories.js';

let schemas: Validators;
let seedsJson: CliRun;

const MADIYEV_MESSAGE = 'given name differs: Zhaslan (ru, ar, pt) vs Baglan (de, id); 3 of 5 versions say Zhaslan';
const ANSI = /\u001b\[/;

beforeAll(() => {
  schemas = schemaValidators();
  seedsJson = runCli(['reconcile', '--format', 'json', 'seeds']);
});

function ndjsonLines(run: CliRun): any[] {
  expect(run.stdout.endsWith('\n')).toBe(true);
  return run.stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('factdiff reconcile on the seed story', () => {
  it('writes JSON that matches schema/reconcile.schema.json', () => {
    expect(seedsJson.status).toBe(0);
    expect(seedsJson.stderr).toBe('');
    expect(seedsJson.stdout.endsWith('}\n')).toBe(true);
    const out = json(seedsJson);
    expectValid(schemas.reconcile, out);
    expect(out.errors).toEqual([]);
    expect(out.documents).toEqual(SEED_FILES.map(({ file, lang }) => ({ path: `seeds/${file}`, lang })));
  });

  it('finds the one real conflict, Baglan against Zhaslan Madiyev, and explains it', () => {
    const out = json(seedsJson);
    const conflicts = out.groups.filter((g: any) => g.status === 'conflict');
    expect(conflicts).toHaveLength(1);
    const [c] = conflicts;
    expect(c).toMatchObject({ type: 'person', code: 'given-name-differs', value: 'Zhaslan Madiyev', message: MADIYEV_MESSAGE, args: { versions: 5, agreeing: 3 } });
    expect(c.variants.map((v: any) => [v.value, v.langs])).toEqual([
      ['Zhaslan Madiyev', ['ru', 'ar', 'pt']],
      ['Baglan Madiyev', ['de', 'id']],
    ]);
    expect(c.variants[1].paths).toEqual(['seeds/000_1b68fa9291bf1cee.txt', 'seeds/001_0a57c867282f0b49.txt']);
    expect(new Set(c.mentions.map((m: any) => m.lang))).toEqual(new Set(['de', 'id', 'ru', 'ar', 'pt']));
  });

  it('agrees on what the versions share, across scripts and number formats', () => {
    const out = json(seedsJson);
    const find = (type: string, value: unknown) => out.groups.find((g: any) => g.type === type && g.value === value);
    expect(find('money', 5000000)).toMatchObject({ status: 'agree', currency: 'EUR' });
    expect(new Set(find('money', 5000000).mentions.map((m: any) => m.lang))).toEqual(new Set(['de', 'id', 'ru']));
    expect(find('number', 1200000000)).toMatchObject({ status: 'agree' });
    expect(find('place', 'Kasachstan')).toMatchObject({ status: 'agree', key: 'KZ' });
    expect(new Set(find('place', 'Kasachstan').mentions.map((m: any) => m.lang)).size).toBe(5);
  });

  it('reports mentions that are exact slices of the documents, and statuses that fit them', () => {
    const out = json(seedsJson);
    const texts = new Map(out.documents.map((d: any) => [d.path, readFileSync(join(ROOT, d.path), 'utf8')]));
    for (const g of out.groups) {
      const paths = new Set(g.mentions.map((m: any) => m.path));
      if (g.status === 'agree') expect(paths.size).toBeGreaterThanOrEqual(2);
      if (g.status === 'single') expect(paths.size).toBe(1);
      for (const m of g.mentions) {
        expect((texts.get(m.path) as string).slice(m.start, m.end)).toBe(m.text);
        expect(m.lang).toBe(out.documents.find((d: any) => d.path === m.path).lang);
      }
      // Mentions by document, then offset.
      const order = g.mentions.map((m: any) => [out.documents.findIndex((d: any) => d.path === m.path), m.start]);
      expect(order).toEqual([...order].sort((a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]!));
    }
  });

  it('prints the same bytes on every run', () => {
    expect(runCli(['reconcile', '--format', 'json', 'seeds']).stdout).toBe(seedsJson.stdout);
  });

  it('writes one group a line (ndjson), each matching the schema, the same groups as JSON', () => {
    const run = runCli(['reconcile', '--format', 'ndjson', 'seeds']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = ndjsonLines(run);
    for (const line of lines) expectValid(schemas.reconcileLine, line);
    expect(lines.every((l) => l.story === '')).toBe(true);
    expect(lines.map(({ story: _, ...group }) => group)).toEqual(json(seedsJson).groups);
  });

  it('writes YAML of the JSON shape', () => {
    const run = runCli(['reconcile', '--format', 'yaml', 'seeds']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const out = parseYaml(run.stdout);
    expectValid(schemas.reconcile, out);
    expect(out).toEqual(json(seedsJson));
  });

  it('prints a table readable without colour, with the Madiyev conflict and its explanation', () => {
    const run = runCli(['reconcile', 'seeds']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(ANSI);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('story: 5 versions');
    expect(lines.slice(1, 6).map((l) => l.trim().split(/\s+/))).toEqual(SEED_FILES.map(({ file, lang }) => [lang, `seeds/${file}`]));
    const row = lines.findIndex((l) => l.startsWith('CONFLICT'));
    expect(lines[row]).toMatch(/^CONFLICT\s+person Zhaslan Madiyev\s+Baglan Madiyev\s+Baglan Madiyev\s+Жаслан Мадиев\s+زهاسلان مادييف\s+Zhaslan Madiyev$/);
    expect(lines[row + 1]!.trim()).toBe(MADIYEV_MESSAGE);
    expect(lines.filter((l) => l.startsWith('CONFLICT'))).toHaveLength(1);
    expect(run.stdout).toMatch(/^agree\s+money 5000000 EUR\s+✓\s+✓\s+✓\s+·\s+·\s*$/m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 conflict, \d+ agreeing, \d+ in one version only$/);
  });

  it('colours the table only when asked: --no-color beats FORCE_COLOR, --color beats NO_COLOR', () => {
    // The table of facts extracted once (the colour is the formatter's, not extraction's).
    const facts = join(tempDir('colour'), 'seeds.ndjson');
    writeFileSync(facts, runCli(['extract', '--format', 'ndjson', 'seeds']).stdout);
    expect(runCli(['reconcile', '--no-color', '--facts', facts], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).not.toMatch(ANSI);
    expect(runCli(['reconcile', '--facts', facts], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(runCli(['reconcile', '--facts', facts], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toMatch(ANSI);
    expect(runCli(['reconcile', '--color', '--facts', facts]).stdout).toMatch(ANSI);
  });
});

describe('factdiff reconcile --group-by stem', () => {
  let dir: string;
  let run: CliRun;
  /** The folder's facts, extracted once for the formats after JSON (factsIn.cli.test.ts shows they reconcile the same). */
  let facts: string;
  beforeAll(() => {
    dir = tempDir('stem');
    copyBail(dir, 'bail');
    copySeedsAsStem(dir, 'telegram');
    run = runCli(['reconcile', '--group-by', 'stem', '--format', 'json', dir]);
    facts = join(dir, '..', 'stem.ndjson');
    writeFileSync(facts, runCli(['extract', '--group-by', 'stem', '--format', 'ndjson', dir]).stdout);
  });

  it('reconciles each NAME of NAME.LANG.txt as its own story', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const out = json(run);
    expectValid(schemas.reconcile, out);
    expect(out).not.toHaveProperty('documents');
    expect(out.errors).toEqual([]);
    expect(out.stories.map((s: any) => s.name)).toEqual([join(dir, 'bail'), join(dir, 'telegram')]);
    const [bail, telegram] = out.stories;
    expect(bail.documents.map((d: any) => d.lang)).toEqual(['de', 'en', 'ru']);
    expect(telegram.documents.map((d: any) => d.path)).toEqual(['ar', 'de', 'id', 'pt', 'ru'].map((l) => join(dir, `telegram.${l}.txt`)));
    // No group mixes the stories.
    for (const story of out.stories) {
      const paths = new Set(story.documents.map((d: any) => d.path));
      for (const g of story.groups) for (const m of g.mentions) expect(paths.has(m.path)).toBe(true);
    }
    expect(bail.groups.every((g: any) => g.status === 'agree')).toBe(true);
    expect(telegram.groups.filter((g: any) => g.status === 'conflict').map((g: any) => g.code)).toEqual(['given-name-differs']);
  });

  it('gives each story the groups it has when reconciled alone', () => {
    const alone = json(runCli(['reconcile', '--format', 'json', ...['de', 'en', 'ru'].map((l) => join(dir, `bail.${l}.txt`))]));
    expect(json(run).stories[0].groups).toEqual(alone.groups);
  });

  it('names the story on every ndjson line', () => {
    const lines = ndjsonLines(runCli(['reconcile', '--group-by', 'stem', '--format', 'ndjson', '--facts', facts]));
    for (const line of lines) expectValid(schemas.reconcileLine, line);
    expect([...new Set(lines.map((l) => l.story))]).toEqual([join(dir, 'bail'), join(dir, 'telegram')]);
    const stories = json(run).stories;
    expect(lines.map(({ story: _, ...g }) => g)).toEqual(stories.flatMap((s: any) => s.groups));
  });

  it('writes YAML of the JSON shape, and a table per story', () => {
    const yaml = runCli(['reconcile', '--group-by', 'stem', '--format', 'yaml', '--facts', facts]);
    expect(parseYaml(yaml.stdout)).toEqual(json(run));
    const pretty = runCli(['reconcile', '--group-by', 'stem', '--facts', facts]);
    expect(pretty.stdout).toContain(`${join(dir, 'bail')}: 3 versions`);
    expect(pretty.stdout).toContain(`${join(dir, 'telegram')}: 5 versions`);
  });
});

describe('factdiff reconcile: errors', () => {
  it('reports a bad path on one line, still reconciles the rest, and exits 2', () => {
    const run = runCli(['reconcile', '--format', 'json', 'seeds', 'nowhere.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('factdiff: nowhere.txt: no such file or folder\n');
    const out = json(run);
    expectValid(schemas.reconcile, out);
    expect(out.errors).toEqual([{ path: 'nowhere.txt', message: 'no such file or folder' }]);
    expect(out.groups.filter((g: any) => g.status === 'conflict')).toHaveLength(1);
  });

  it.each([
    [['reconcile', '--format', 'sarif', 'seeds'], /--format/],
    [['reconcile', '--facts', 'x.ndjson', 'seeds'], /either PATHs or --facts/],
    [['reconcile'], /missing PATH/],
    [['reconcile', '--group-by', 'folder', 'seeds'], /--group-by/],
  ])('%j is a usage error: one line, exit 2, nothing on stdout', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toMatch(/^factdiff: /);
    expect(run.stderr).toMatch(message);
  });
});
