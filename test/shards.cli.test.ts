// Past one machine: facts extracted in shards (a story per shard, joined in any order) and
// reconciled with --facts give the output of a single run. And what --quiet keeps quiet.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers/runCli.js';

let dir: string;
const STORIES = ['bail', 'fine', 'raid'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdiff-shards-'));
  STORIES.forEach((story, k) => {
    for (const lang of ['de', 'en', 'ru']) {
      const text = readFileSync(join(FIXTURES, 'bail', `bail.${lang}.txt`), 'utf8');
      // Each story its own figures; the Russian version of the last one disagrees.
      const figures = text.replace(/5/g, String(5 + k)).replace(/25/g, story === 'raid' && lang === 'ru' ? '52' : '25');
      writeFileSync(join(dir, `${story}.${lang}.txt`), figures);
    }
  });
});

const storyFiles = (story: string) => ['de', 'en', 'ru'].map((lang) => join(dir, `${story}.${lang}.txt`));

describe('reconcile --facts over shards', () => {
  it('gives the single run\'s output, whatever order the shards are joined in', () => {
    const single = runCli(['reconcile', '--format', 'json', '--group-by', 'stem', dir]);
    expect(single.status).toBe(0);
    const shards = STORIES.map((story) => runCli(['extract', '--format', 'ndjson', '--group-by', 'stem', ...storyFiles(story)]).stdout);
    for (const joined of [shards.join(''), [...shards].reverse().join('')]) {
      const run = runCli(['reconcile', '--format', 'json', '--group-by', 'stem', '--facts', '-'], { input: joined });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout === single.stdout).toBe(true);
    }
    expect(JSON.parse(single.stdout).stories.map((s: any) => s.name)).toEqual(STORIES.map((s) => join(dir, s)));
  });

  it('reports a bad line by FILE:LINE and reconciles the others', () => {
    const facts = runCli(['extract', '--format', 'ndjson', ...storyFiles('raid')]).stdout.split('\n');
    const file = join(dir, 'facts.ndjson');
    writeFileSync(file, Buffer.concat([Buffer.from(`${facts[0]}\nnot json\n`), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from(facts.slice(1).join('\n'))]));
    const run = runCli(['reconcile', '--format', 'json', '--facts', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`factdiff: ${file}:2: not JSON; expected one fact per line as written by extract --format ndjson\nfactdiff: ${file}:3: not valid UTF-8 text\n`);
    expect(JSON.parse(run.stdout).documents).toHaveLength(3);
  });
});

describe('--quiet', () => {
  it('silences notes but never the line of a bad input', () => {
    const baseline = join(dir, 'baseline.json');
    const noisy = runCli(['check', '--write-baseline', baseline, ...storyFiles('raid')]);
    expect(noisy.stderr).toMatch(/^factdiff: wrote \d+ known discrepanc/);
    expect(runCli(['check', '--quiet', '--write-baseline', baseline, ...storyFiles('raid')]).stderr).toBe('');
    const bad = runCli(['extract', '--quiet', '--format', 'json', ...storyFiles('bail'), join(dir, 'missing.txt')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(`factdiff: ${join(dir, 'missing.txt')}: no such file or folder\n`);
  });
});
