// Issue 14, `factdiff rules`: rules test --format json prints JSON; rules test LANG runs one
// pack; the listing and rules test count examples alike and name an active user pack; an
// unknown language is blamed on rules, not --lang; --rules FILE says what is wrong without a
// made-up position; every --help has examples, exit codes and environment variables.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, ROOT, runCli } from './helpers/runCli.js';
import { tempDir } from './helpers/stories.js';

let userDir: string;

beforeAll(() => {
  userDir = join(tempDir('rules-user'), 'packs');
  mkdirSync(userDir);
  writeFileSync(join(userDir, 'de.yaml'), 'lang: de\nnegatives:\n  - "Seite 3 von 10 ist leer"\n');
});

describe('factdiff rules', () => {
  it('runs one pack with rules test LANG, as JSON with --format json, counting as the listing does', () => {
    const test = runCli(['rules', 'test', 'de', '--format', 'json']);
    expect([test.status, test.stderr]).toEqual([0, '']);
    const { packs } = json(test);
    expect(packs.map((p: any) => p.lang)).toEqual(['de']);
    const [listed] = json(runCli(['rules', '--format', 'json'])).filter((p: any) => p.lang === 'de');
    expect([packs[0].examples.total, packs[0].negatives.total]).toEqual([listed.examples, listed.negatives]);
    expect(runCli(['rules']).stdout).toContain(`de  German        ${listed.rules} rules, ${listed.examples} examples, ${listed.negatives} negatives\n`);
  });

  it('says when a user pack extends a built-in one', () => {
    const listing = runCli(['rules', '--rules', userDir]);
    expect(listing.status).toBe(0);
    expect(listing.stdout).toMatch(new RegExp(`^de  German .* negatives  with the user pack in ${userDir}$`, 'm'));
    expect(listing.stdout).not.toMatch(/^en .*user pack/m);
    expect(json(runCli(['rules', 'de', '--format', 'json', '--rules', userDir])).userPack).toBe(userDir);
  });

  it('blames an unknown language on rules, not on --lang', () => {
    for (const args of [['rules', 'xx'], ['rules', 'test', 'xx']]) {
      const run = runCli(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^factdiff: ${args.slice(0, -1).join(' ')}: unknown language 'xx'; rule packs exist for: ar, de, `));
    }
  });

  it('says that --rules FILE is not a folder, with no line and column', () => {
    const file = join(userDir, 'de.yaml');
    const run = runCli(['rules', '--rules', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`factdiff: --rules ${file}: is a file; give the folder that holds the packs (LANG.yaml)\n`);
    expect(runCli(['extract', '--rules', join(userDir, 'none'), 'seeds']).stderr).toBe(`factdiff: --rules ${join(userDir, 'none')}: no such folder\n`);
  });
});

describe('--help', () => {
  it('shows examples, exit codes and environment variables for the program and every command', () => {
    for (const args of [['--help'], ['extract', '--help'], ['reconcile', '--help'], ['check', '--help'], ['rules', '--help']]) {
      const run = runCli(args);
      expect(run.status).toBe(0);
      for (const part of ['Examples:\n  factdiff ', 'Exit codes:\n  0  ', 'Environment:\n  NO_COLOR', 'FACTDIFF_CACHE_DIR', 'factdiff.config.json']) expect(run.stdout, args.join(' ')).toContain(part);
    }
  });

  it('documents every FACTDIFF_ variable the program reads, in --help and in the README', () => {
    const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const read = new Set(sources.flatMap((f) => [...readFileSync(join(ROOT, 'src', f), 'utf8').matchAll(/process\.env(?:\.|\[')(FACTDIFF_\w+)/g)].map((m) => m[1]!)));
    expect([...read]).toEqual(expect.arrayContaining(['FACTDIFF_CACHE_DIR', 'FACTDIFF_DEBUG']));
    const help = runCli(['--help']).stdout;
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const variable of read) {
      expect(help).toMatch(new RegExp(`^  ${variable} +\\S`, 'm'));
      expect(readme).toMatch(new RegExp(`^\\| \`${variable}\` \\| \\S`, 'm'));
    }
  });
});

describe('the backtracking verdicts shipped with the built-in packs', () => {
  it('cover every pattern of every built-in pack: a check in an empty cache adds none', () => {
    const cache = tempDir('verdicts');
    const run = runCli(['rules', 'test'], { env: { FACTDIFF_CACHE_DIR: cache } });
    expect(run.status).toBe(0);
    const shipped = JSON.parse(readFileSync(join(ROOT, 'rules', 'backtracking-verdicts.json'), 'utf8'));
    const written = readdirSync(cache).includes('backtracking-verdicts.json') ? JSON.parse(readFileSync(join(cache, 'backtracking-verdicts.json'), 'utf8')) : shipped;
    // A pack's pattern changed: FACTDIFF_CACHE_DIR=$(mktemp -d) factdiff rules test, then copy its backtracking-verdicts.json to rules/.
    expect(Object.keys(written.value).filter((k) => !(k in shipped.value))).toEqual([]);
  });
});
