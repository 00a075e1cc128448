// Issue 14, check's output as a person and a CI job read it: the summary counts every fact,
// missing facts name the versions that lack them, each version's place and text are shown,
// clean stories print nothing; GitHub errors only where a version differs; input errors in
// the GitHub and SARIF output; SARIF rules described in full; baselines that keep their
// entries, report stale ones and match from another folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/runCli.js';
import { errorsOf, sarifValidator } from './helpers/schemas.js';
import { copyBail, copySeedsAsStem, tempDir, writeBailWithFrench } from './helpers/stories.js';

let dir: string;
let seedsFacts: string;

beforeAll(() => {
  dir = tempDir('check-output');
  const run = runCli(['extract', '--format', 'ndjson', 'seeds']);
  expect(run.status, run.stderr).toBe(0);
  seedsFacts = join(dir, 'seeds.ndjson');
  writeFileSync(seedsFacts, run.stdout);
});

describe('check --format pretty', () => {
  it('counts in its summary every fact of the story, not only those printed', () => {
    const groups = json(runCli(['reconcile', '--format', 'json', '--facts', seedsFacts])).groups as Array<{ status: string }>;
    const count = (status: string) => groups.filter((g) => g.status === status).length;
    expect(count('agree')).toBeGreaterThan(0);
    const run = runCli(['check', '--facts', seedsFacts]);
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      `1 conflict in 1 of 1 story; facts: ${count('conflict')} conflicting, ${count('agree')} agreeing, ${count('single')} in one version only`,
    );
  });

  it('shows with --fail-on any each missing fact as missing, naming the versions that lack it', () => {
    const out = json(runCli(['check', '--format', 'json', '--fail-on', 'any', '--facts', seedsFacts]));
    const langOf = new Map(out.documents.map((d: any) => [d.path, d.lang]));
    const run = runCli(['check', '--fail-on', 'any', '--facts', seedsFacts]);
    expect(run.stdout).not.toMatch(/^(agree|single)\b/m);
    const missing = out.groups.filter((g: any) => g.absent);
    expect(missing.length).toBeGreaterThan(10);
    for (const g of missing) expect(run.stdout).toContain(`\n         not in ${g.absent.map((p: string) => langOf.get(p)).join(', ')}\n`);
    expect(run.stdout.match(/^MISSING /gm)).toHaveLength(missing.length);
    for (const path of missing[0].absent) expect(run.stdout).toMatch(new RegExp(`^ +\\w+ +${path}  \\(missing\\)$`, 'm'));
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^1 conflict, ${missing.length} facts missing from some versions in 1 of 1 story; `));
  });

  it('gives each version of a conflict its path:line:column and its source text', () => {
    const conflict = json(runCli(['check', '--format', 'json', '--facts', seedsFacts])).groups[0];
    const run = runCli(['check', '--facts', seedsFacts]);
    for (const m of conflict.mentions) expect(run.stdout).toContain(`  ${m.path}:${m.line}:${m.column}  ${JSON.stringify(m.text)}`);
  });

  it('prints nothing for a story that is clean, and only the summary when all are', () => {
    const stories = tempDir('check-clean');
    copyBail(stories, 'calm');
    writeBailWithFrench(stories, { percent: '52' }, 'odd');
    const run = runCli(['check', '--group-by', 'stem', stories]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/odd: 4 versions/);
    expect(run.stdout).not.toContain('calm');
    expect(run.stdout).toMatch(/in 1 of 2 stories;/);
    const clean = runCli(['check', '--group-by', 'stem', join(stories, 'calm.de.txt'), join(stories, 'calm.en.txt'), join(stories, 'calm.ru.txt')]);
    expect(clean.status).toBe(0);
    expect(clean.stdout.trimEnd().split('\n')).toEqual([expect.stringMatching(/^0 conflicts in 0 of 1 story; facts: 0 conflicting, \d+ agreeing/)]);
  });
});

describe('check --format github and sarif', () => {
  let odd: string;
  beforeAll(() => {
    odd = tempDir('check-odd');
    writeBailWithFrench(odd, { percent: '52' });
  });

  it('puts an error only on the version that differs, notices on the others', () => {
    const run = runCli(['check', '--format', 'github', odd]);
    expect(run.status).toBe(1);
    const levels = run.stdout.trimEnd().split('\n').map((l) => /^::(\w+) file=[^,]*\.(\w+)\.txt,/.exec(l)!.slice(1));
    expect(levels.sort()).toEqual([['error', 'fr'], ['notice', 'de'], ['notice', 'en'], ['notice', 'ru']]);
  });

  it('includes the input errors in the github annotations and the SARIF invocation', () => {
    const missingFile = join(odd, 'gone.txt');
    const github = runCli(['check', '--format', 'github', odd, missingFile]);
    expect(github.status).toBe(2);
    expect(github.stdout).toContain(`::error file=${missingFile},title=factdiff%3A input error::no such file or folder\n`);
    const sarif = runCli(['check', '--format', 'sarif', odd, missingFile]);
    expect(sarif.status).toBe(2);
    const log = JSON.parse(sarif.stdout);
    const validate = sarifValidator();
    expect(validate(log), errorsOf(validate)).toBe(true);
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [{ level: 'error', message: { text: 'no such file or folder' }, locations: [{ physicalLocation: { artifactLocation: { uri: missingFile } } }] }],
      },
    ]);
  });

  it('describes each SARIF rule in full, with no information address that does not exist', () => {
    const log = JSON.parse(runCli(['check', '--format', 'sarif', '--fail-on', 'any', '--facts', seedsFacts]).stdout);
    const driver = log.runs[0].tool.driver;
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules.map((r: any) => r.id)).toEqual(['given-name-differs', 'missing']);
    for (const rule of driver.rules) {
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
    }
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
  });
});

describe('check baselines', () => {
  let base: string;
  let story: string;
  beforeAll(() => {
    base = tempDir('check-baseline');
    story = join(base, 'story');
    mkdirSync(story);
    writeBailWithFrench(story, { percent: '52', users: '12,98' });
  });

  it('keeps its entries when read and written as the same file', () => {
    const file = join(base, 'same.json');
    expect(runCli(['check', '--write-baseline', file, story]).status).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(JSON.parse(written).accepted).toHaveLength(2);
    const again = runCli(['check', '--baseline', file, '--write-baseline', file, story]);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe(`factdiff: wrote 2 known discrepancies to ${file}\n`);
    expect(readFileSync(file, 'utf8')).toBe(written);
    expect(runCli(['check', '--baseline', file, story]).status).toBe(0);
  });

  it('reports the entries that no longer match anything', () => {
    const file = join(base, 'stale.json');
    runCli(['check', '--write-baseline', file, story]);
    const fixed = join(base, 'fixed');
    mkdirSync(fixed);
    writeBailWithFrench(fixed, { percent: '52' });
    const files = ['de', 'en', 'ru', 'fr'].map((l) => join('story', `bail.${l}.txt`));
    writeFileSync(join(base, 'story', 'bail.fr.txt'), readFileSync(join(fixed, 'bail.fr.txt')));
    const run = runCli(['check', '--baseline', file, ...files], { cwd: base });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`factdiff: ${file}: stale entry, no longer found: conflict number 12500000\n`);
    expect(run.stdout).toMatch(/baseline: 1 accepted, 1 stale\n$/);
  });

  it('matches when check runs from another folder than the one that wrote it', () => {
    const stories = join(base, 'from');
    mkdirSync(join(stories, 'news'), { recursive: true });
    writeBailWithFrench(join(stories, 'news'), { percent: '52' }, 'vote');
    const file = join(stories, 'news', 'known.json');
    expect(runCli(['check', '--group-by', 'stem', '--write-baseline', 'known.json', '.'], { cwd: join(stories, 'news') }).status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).accepted[0].story).toBe('vote');
    const fromParent = runCli(['check', '--group-by', 'stem', '--baseline', 'news/known.json', 'news'], { cwd: stories });
    expect([fromParent.status, fromParent.stderr]).toEqual([0, '']);
    expect(runCli(['check', '--group-by', 'stem', 'news'], { cwd: stories }).status).toBe(1);
  });
});
