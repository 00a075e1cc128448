// Issue 14, which files a run reads, as ripgrep users expect: a folder search leaves out what
// .gitignore and .factdiffignore exclude, hidden folders and node_modules (unless named);
// --exclude GLOB; globs quoted as PATHs; with --group-by stem one note for a file not named
// NAME.LANG.EXT; the same file given twice is one version.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/runCli.js';
import { tempDir } from './helpers/stories.js';

const TEXT = 'Die Kaution betrug 5 Millionen Euro, wie ein Sprecher des Gerichts mitteilte.\n';
let root: string;

function write(rel: string, text = TEXT): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

/** The documents extract reads, relative to root, from the working folder root. */
function read(args: string[]): { docs: string[]; stderr: string; status: number | null } {
  const run = runCli(['extract', '--format', 'json', ...args], { cwd: root });
  return { docs: run.stdout ? json(run).documents.map((d: any) => d.path) : [], stderr: run.stderr, status: run.status };
}

beforeAll(() => {
  root = tempDir('files');
  mkdirSync(join(root, '.git'));
  write('.gitignore', 'drafts/\n*.tmp.txt\n');
  write('news/a.de.txt');
  write('news/b.de.md');
  write('news/old.tmp.txt');
  write('news/drafts/c.de.txt');
  write('news/.cache/d.de.txt');
  write('news/node_modules/pkg/readme.md');
  write('news/archive/.factdiffignore', '*.md\n!keep.md\n');
  write('news/archive/e.de.md');
  write('news/archive/keep.md');
  write('news/archive/f.de.txt');
  write('news/archive/2019/g.de.txt');
});

describe('a folder search', () => {
  it('leaves out what .gitignore (also above the folder) and .factdiffignore exclude, hidden folders and node_modules', () => {
    const run = read(['news']);
    expect(run.status).toBe(0);
    expect(run.docs).toEqual(['news/a.de.txt', 'news/archive/2019/g.de.txt', 'news/archive/f.de.txt', 'news/archive/keep.md', 'news/b.de.md']);
  });

  it('searches a hidden folder or node_modules when it is named', () => {
    expect(read(['news/.cache']).docs).toEqual(['news/.cache/d.de.txt']);
    expect(read(['news/node_modules']).docs).toEqual(['news/node_modules/pkg/readme.md']);
  });

  it('leaves out the files and folders --exclude matches, by name or by path below the folder', () => {
    expect(read(['--exclude', 'archive', 'news']).docs).toEqual(['news/a.de.txt', 'news/b.de.md']);
    expect(read(['--exclude', '*.md', '--exclude', 'archive/2019/**', 'news']).docs).toEqual(['news/a.de.txt', 'news/archive/f.de.txt']);
  });

  it('expands a glob given as a PATH, and says so when it matches nothing', () => {
    expect(read(['news/**/*.de.txt']).docs).toEqual(['news/a.de.txt', 'news/archive/2019/g.de.txt', 'news/archive/f.de.txt']);
    expect(read(['news/*.{txt,md}']).docs).toEqual(['news/a.de.txt', 'news/b.de.md']);
    const none = read(['news/**/*.fr.txt']);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('factdiff: news/**/*.fr.txt: no *.txt or *.md documents match this pattern\n');
  });
});

describe('--group-by stem', () => {
  it('notes once each file not named NAME.LANG.EXT', () => {
    const dir = tempDir('stem-note');
    writeFileSync(join(dir, 'vote.de.txt'), TEXT);
    writeFileSync(join(dir, 'vote.en.txt'), 'The bail was 5 million euros.\n');
    writeFileSync(join(dir, 'notes.txt'), TEXT);
    const run = runCli(['reconcile', '--group-by', 'stem', '--format', 'json', dir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`factdiff: ${join(dir, 'notes.txt')}: not named NAME.LANG.EXT (e.g. flood.de.txt); --group-by stem reads it as a story of its own\n`);
    expect(json(run).stories.map((s: any) => s.documents.length)).toEqual([1, 2]);
  });

  it('takes the same file given twice as one version', () => {
    const dir = tempDir('twice');
    writeFileSync(join(dir, 'vote.de.txt'), TEXT);
    writeFileSync(join(dir, 'vote.en.txt'), 'The bail was 5 million euros.\n');
    const de = join(dir, 'vote.de.txt');
    const run = runCli(['reconcile', '--group-by', 'stem', '--format', 'json', de, dir, de]);
    expect(run.status).toBe(0);
    expect(json(run).stories[0].documents.map((d: any) => d.lang)).toEqual(['de', 'en']);
  });
});
