// Bad input end to end: one clear line on stderr per problem, never a stack trace, the
// results of the good input beside it still on stdout, and exit codes as the contract says.
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/runCli.js';

let dir: string;
let good: string;
const GOOD = 'Er wurde gegen eine Kaution von 5 Millionen Euro freigelassen.\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdiff-bad-'));
  good = join(dir, 'good.de.txt');
  writeFileSync(good, GOOD);
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function expectOneLinePerProblem(stderr: string, count: number): void {
  const lines = stderr.trimEnd().split('\n').filter(Boolean);
  expect(lines).toHaveLength(count);
  for (const line of lines) expect(line).toMatch(/^factdiff: /);
  expect(stderr).not.toMatch(/^\s+at |node:internal/m);
}

function goodFactKept(stdout: string): void {
  const out = json(({ stdout } as unknown) as Parameters<typeof json>[0]);
  expect(out.documents.find((d: any) => d.path === good).facts).toEqual([expect.objectContaining({ type: 'money', value: 5000000 })]);
}

describe('bad input beside good input', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['a missing path', () => join(dir, 'nowhere.txt'), /no such file or folder/],
    ['a binary file', () => file('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3])), /binary file/],
    ['invalid UTF-8', () => file('latin1.txt', new Uint8Array([0x4b, 0x61, 0x75, 0x74, 0x69, 0x6f, 0x6e, 0x20, 0xe4, 0xfc, 0x20])), /not valid UTF-8 text \(first bad byte at offset 8\)/],
    ['a file nobody may read', () => {
      const path = file('locked.txt', GOOD);
      chmodSync(path, 0o000);
      return path;
    }, /permission denied/],
    ['a broken symbolic link', () => {
      const path = join(dir, 'broken.txt');
      symlinkSync(join(dir, 'gone.txt'), path);
      return path;
    }, /no such file or folder/],
  ];

  it.each(cases)('%s: one line on stderr, exit 2, the good file still reported', (_, make, reason) => {
    const bad = make();
    const run = runCli(['extract', '--format', 'json', good, bad]);
    expect(run.status).toBe(2);
    expectOneLinePerProblem(run.stderr, 1);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).toContain(bad);
    goodFactKept(run.stdout);
    expect(json(run).errors).toEqual([{ path: bad, message: expect.any(String) }]);
  });
});

describe('odd but good input', () => {
  it('decodes UTF-16 with a BOM and keeps offsets into the decoded text', () => {
    // Long enough for its language to be told (short lines are not: docs/language-identification.md).
    const text = '\ufeffDie Kaution betrug 5 Millionen Euro, wie ein Sprecher des Gerichts mitteilte.\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(1), 'utf16le')]);
    const run = runCli(['extract', '--format', 'json', file('utf16.txt', le)]);
    expect(run.status).toBe(0);
    const fact = json(run).documents[0].facts[0];
    expect(text.slice(1).slice(fact.start, fact.end)).toBe('5 Millionen Euro');
  });

  it('removes a UTF-8 BOM and keeps CRLF line endings', () => {
    const run = runCli(['extract', '--format', 'json', file('bom.txt', '\ufeffZeile eins\r\nDie Kaution betrug 5 Millionen Euro, wie ein Sprecher des Gerichts mitteilte.\r\n')]);
    expect(json(run).documents[0].facts[0]).toMatchObject({ text: '5 Millionen Euro', start: 31, line: 2, column: 20 });
  });

  it('reads numbers with right-to-left and zero-width marks and narrow spaces inside', () => {
    const run = runCli(['extract', '--format', 'json', '--lang', 'ar', '-'], { input: 'بلغت \u200f١٢٫٥ مليون\u061c دولار و5٬000 دولار' });
    expect(json(run).documents[0].facts.filter((f: any) => f.type === 'money').map((f: any) => f.value)).toEqual([12500000, 5000]);
  });

  it('treats an empty file as a document without facts', () => {
    const run = runCli(['extract', '--format', 'json', file('empty.txt', '')]);
    expect(run.status).toBe(0);
    expect(json(run).documents[0]).toMatchObject({ facts: [] });
  });

  it('follows a symbolic link loop in a folder only once', () => {
    const loop = join(dir, 'loop');
    mkdirSync(loop);
    symlinkSync(loop, join(loop, 'again'));
    writeFileSync(join(loop, 'inside.de.txt'), GOOD);
    const run = runCli(['extract', '--format', 'json', loop]);
    expect(run.status).toBe(0);
    expect(json(run).documents).toHaveLength(1);
  });

  it('reads a folder of many files', () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 2000; i++) writeFileSync(join(many, `doc${i}.de.txt`), GOOD);
    const run = runCli(['extract', '--format', 'ndjson', '--types', 'money', many]);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2000);
  });
});

describe('bad usage', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['an empty folder', ['extract', 'EMPTY'], /no \*\.txt or \*\.md documents in this folder/],
    ['an unknown command', ['frobnicate', 'x'], /unknown command 'frobnicate'/],
    ['an unknown option', ['extract', '--frobnicate', 'x'], /unknown option '--frobnicate'/],
    ['a bad --format', ['extract', '--format', 'xml', 'x'], /argument 'xml' is invalid\. Allowed choices are pretty, json, ndjson, yaml/],
    ['an unknown --lang', ['extract', '--lang', 'xx', '-'], /--lang: unknown language 'xx'.*rule packs exist for: ar, de, en/],
    ['an invalid --ref-date', ['extract', '--ref-date', '2024-13-45', '-'], /--ref-date: '2024-13-45' is not a date; expected YYYY-MM-DD/],
    ['an unknown fact type', ['extract', '--types', 'mony', '-'], /--types: unknown fact type 'mony' \(did you mean 'money'\?\)/],
    ['a bad --tolerance', ['reconcile', '--tolerance', 'lots', '-'], /--tolerance: 'lots' is not a relative tolerance/],
    ['a bad --fail-on', ['check', '--fail-on', 'some', '-'], /argument 'some' is invalid/],
  ];

  it.each(cases)('%s: one line naming it, exit 2', (_, args, message) => {
    const empty = join(dir, 'empty-folder');
    mkdirSync(empty, { recursive: true });
    const run = runCli(args.map((a) => (a === 'EMPTY' ? empty : a)), { input: GOOD });
    expect(run.status).toBe(2);
    expectOneLinePerProblem(run.stderr, 1);
    expect(run.stderr).toMatch(message);
  });
});

describe('exit codes', () => {
  it('check: 0 without discrepancies, 1 with a conflict, 2 on bad input even with a conflict', () => {
    const a = file('story.de.txt', 'Der Minister Baglan Madiyev sagte. Minister Madiyev kam. Baglan Madiyev ging.\n');
    const b = file('story.id.txt', 'Menteri Baglan Madiyev berkata kepada para wartawan bahwa dia akan datang. Madiyev datang.\n');
    const c = file('story.pt.txt', 'O ministro Zhaslan Madiyev disse. Madiyev chegou. Zhaslan Madiyev saiu.\n');
    const d = file('story.ru.txt', 'Министр Жаслан Мадиев сказал. Мадиев пришёл.\n');
    expect(runCli(['check', good]).status).toBe(0);
    const conflict = runCli(['check', '--format', 'json', a, b, c, d]);
    expect(conflict.status).toBe(1);
    expect(json(conflict).groups).toEqual([expect.objectContaining({ type: 'person', status: 'conflict', code: 'given-name-differs' })]);
    const both = runCli(['check', '--format', 'json', a, b, c, d, join(dir, 'nowhere.txt')]);
    expect(both.status).toBe(2);
    expect(json(both).groups).toHaveLength(1);
  });
});
