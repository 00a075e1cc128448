// Issue 14, the terminal: the progress bar is gone before results are written and never left
// on their lines; the reconcile table fits the terminal's width without hiding a differing
// value, aligned by display width; no colour with TERM=dumb. On a real terminal (tmux).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/runCli.js';
import { HAS_TMUX, runInTerminal } from './helpers/terminal.js';
import { SEED_FILES, SEEDS, tempDir } from './helpers/stories.js';

const ESC = '\u001b';
const BAR = /[█░]/;

describe.skipIf(!HAS_TMUX)('on a terminal', () => {
  let many: string;
  beforeAll(() => {
    // Enough stories that extraction lasts past the half second before the bar is drawn.
    many = tempDir('tty-many');
    for (let i = 0; i < 12; i++) for (const { file, lang } of SEED_FILES) copyFileSync(join(SEEDS, file), join(many, `story${String(i).padStart(2, '0')}.${lang}.txt`));
  });

  it('takes the progress bar away before each story, and leaves none behind', async () => {
    const run = await runInTerminal(['reconcile', '--group-by', 'stem', '--jobs', '1', many], { columns: 200 });
    expect(run.status).toBe(0);
    expect(run.raw).toMatch(BAR);
    expect(run.screen.filter((l) => BAR.test(l))).toEqual([]);
    const titles = run.screen.filter((l) => l.includes(': 5 versions'));
    expect(titles).toHaveLength(12);
    for (const t of titles) expect(t).toMatch(/^\S*story\d\d: 5 versions$/);
  });

  it('fits the table into the terminal, each differing value shown whole', async () => {
    for (const columns of [80, 60]) {
      const run = await runInTerminal(['reconcile', 'seeds'], { columns });
      expect(run.status).toBe(0);
      const table = run.screen.slice(run.screen.findIndex((l) => /^\s+fact\s/.test(l)));
      for (const line of table) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
      for (const name of ['Baglan Madiyev', 'Жаслан Мадиев', 'Zhaslan Madiyev']) expect(run.screen.some((l) => l.includes(name)), name).toBe(true);
    }
  });

  it('aligns the columns by display width: a combining accent and an Arabic vowel mark take no column', async () => {
    const dir = tempDir('tty-width');
    for (const { file } of SEED_FILES) copyFileSync(join(SEEDS, file), join(dir, file));
    const edit = (file: string, from: string, to: string) => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replaceAll(from, to));
    edit(SEED_FILES[0]!.file, 'Baglan', 'Ba\u0301glan');
    edit(SEED_FILES[3]!.file, 'زهاسلان', 'زَهاسلان');
    const run = await runInTerminal(['reconcile', dir], { columns: 200 });
    expect(run.status).toBe(0);
    const header = run.screen.find((l) => /^\s+fact\s/.test(l))!;
    const conflict = run.screen.find((l) => l.startsWith('CONFLICT'))!;
    expect(conflict).toContain('Ba\u0301glan Madiyev');
    expect(conflict).toContain('زَهاسلان');
    // Each version's column starts where its header does.
    const starts = (line: string, cells: string[]) => cells.map((c) => stringWidth(line.slice(0, line.lastIndexOf(c))));
    expect(starts(conflict, ['Baglan Madiyev', 'Жаслан', 'زَهاسلان', 'Zhaslan Madiyev'])).toEqual(starts(header, [' id ', ' ru ', ' ar ', ' pt']).map((n) => n + 1));
  });

  it('aligns the columns by display width: a CJK character takes two columns', async () => {
    // Facts read back from NDJSON may carry any text: the de and id versions' name in Han
    // characters (the same 14 code units as "Baglan Madiyev", 20 columns on a terminal).
    const dir = tempDir('tty-cjk');
    const facts = runCli(['extract', '--format', 'ndjson', 'seeds']);
    expect(facts.status, facts.stderr).toBe(0);
    const cjk = '巴格兰巴格兰 Madiyev';
    expect(facts.stdout).toContain('"text":"Baglan Madiyev"');
    writeFileSync(join(dir, 'seeds.ndjson'), facts.stdout.replaceAll('"text":"Baglan Madiyev"', `"text":${JSON.stringify(cjk)}`));
    const run = await runInTerminal(['reconcile', '--facts', join(dir, 'seeds.ndjson')], { columns: 200 });
    expect(run.status).toBe(0);
    const header = run.screen.find((l) => /^\s+fact\s/.test(l))!;
    const conflict = run.screen.find((l) => l.startsWith('CONFLICT'))!;
    expect(conflict.split(cjk)).toHaveLength(3);
    const start = (line: string, at: number) => stringWidth(line.slice(0, at));
    const de = conflict.indexOf(cjk);
    const cells = [de, conflict.indexOf(cjk, de + cjk.length), conflict.indexOf('Жаслан'), conflict.lastIndexOf('Zhaslan Madiyev')];
    expect(cells.map((at) => start(conflict, at))).toEqual(
      [' de ', ' id ', ' ru ', ' pt'].map((h) => start(header, header.indexOf(h)) + 1),
    );
    for (const line of [header, conflict]) expect(stringWidth(line)).toBeLessThanOrEqual(200);
  });

  it('writes no colour with TERM=dumb, and colour on another terminal', async () => {
    const dumb = await runInTerminal(['check', 'seeds'], { env: { TERM: 'dumb' } });
    expect(dumb.status).toBe(1);
    expect(dumb.raw).toContain('CONFLICT');
    expect(dumb.raw).not.toContain(`${ESC}[3`);
    const xterm = await runInTerminal(['check', 'seeds']);
    expect(xterm.raw).toContain(`${ESC}[31m`);
  });
});

it.runIf(!HAS_TMUX)('needs tmux for the terminal tests', () => {
  console.warn('terminal.cli.test.ts: tmux is not installed; the terminal tests are skipped');
});
