// Rule packs are validated fully before use: every problem at once, each with file:line:col,
// the key path and, where it helps, a suggestion.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../src/packs/loadPacks.js';
import { PackError, type PackProblem } from '../src/packs/PackError.js';
import { runCli } from './helpers/runCli.js';

function userPacks(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-packs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function problemsOf(files: Record<string, string>): PackProblem[] {
  try {
    loadPacks({ userDir: userPacks(files) });
  } catch (e) {
    if (e instanceof PackError) return e.problems;
    throw e;
  }
  return [];
}

describe('rule pack validation', () => {
  it('reports YAML syntax errors with their line and column', () => {
    const [problem] = problemsOf({ 'de.yaml': 'lang: de\nrules:\n  - id: x\n    kind: date\n  bad indent: [\n' });
    expect(problem).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    expect(problem!.message).toMatch(/^YAML: /);
  });

  it('reports every problem of a file at once, each at its key', () => {
    const problems = problemsOf({
      'de.yaml': [
        'lang: de',
        'rules:',
        '  - id: x',
        '    kind: monye',
        '    pattern: "{YEAR}"',
        '  - id: x',
        '    kind: year',
        '    patern: "{YEAR}"',
        '',
      ].join('\n'),
    });
    const byPath = new Map(problems.map((p) => [p.path, p]));
    expect(byPath.get('rules[0].kind')).toMatchObject({ line: 4, message: expect.stringContaining("'monye' is not one of") });
    expect(byPath.get('rules[1].patern')).toMatchObject({ line: 8, column: 5, message: expect.stringContaining("did you mean 'pattern'") });
    expect(byPath.get('rules[1].id')?.message).toContain("duplicate rule id 'x'");
  });

  it('rejects patterns that do not compile with the u flag, and unknown placeholders', () => {
    const problems = problemsOf({
      'de.yaml': 'lang: de\nrules:\n  - id: a\n    kind: year\n    pattern: "(?<year>[0-9]{4}"\n  - id: b\n    kind: year\n    pattern: "{YAER}"\n',
    });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('does not compile with the u flag'),
      expect.stringContaining('unknown placeholder {YAER} (did you mean {YEAR}?)'),
    ]);
  });

  it('rejects patterns prone to catastrophic backtracking, with the reason', () => {
    const [problem] = problemsOf({ 'de.yaml': 'lang: de\nrules:\n  - id: slow\n    kind: ignore\n    pattern: "(a+)+b"\n' });
    expect(problem).toMatchObject({ path: 'rules[0].pattern', line: 5 });
    expect(problem!.message).toMatch(/catastrophic backtracking \(attack string: /);
  });

  it('requires every key of a pack for a new language', () => {
    const problems = problemsOf({ 'xx.yaml': 'lang: xx\nname: Test\n' });
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining(["missing key 'numbers'", "missing key 'detect'"]));
  });

  it('lets a user pack extend a built-in one', () => {
    const dir = userPacks({ 'de.yaml': 'lang: de\ncurrencies:\n  EUR: [Taler]\nrules:\n  - id: year-in-context\n    kind: year\n    pattern: "Anno {YEAR}"\n' });
    const de = loadPacks({ userDir: dir }).get('de')!;
    expect(de.currencies.EUR).toEqual(expect.arrayContaining(['Euro', 'Taler']));
    expect(de.rules.filter((r) => r.id === 'year-in-context')).toEqual([{ id: 'year-in-context', kind: 'year', pattern: 'Anno {YEAR}' }]);
  });

  it('names the file of a language that does not match its name', () => {
    const [problem] = problemsOf({ 'fr.yaml': 'lang: de\n' });
    expect(problem).toMatchObject({ path: 'lang', message: expect.stringContaining('does not match the file name') });
  });

  it('prints each problem as one line with file:line:col and exits 2', () => {
    const dir = userPacks({ 'de.yaml': 'lang: de\nrules:\n  - id: x\n    kind: monye\n    pattern: "(a+)+$"\n' });
    mkdirSync(join(dir, 'empty'));
    const run = runCli(['extract', '--rules', dir, '-'], { input: 'Text' });
    expect(run.status).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(new RegExp(`^factdiff: ${dir.replace(/[/\\\\.]/g, '\\$&')}/de\\.yaml:\\d+:\\d+: rules\\[0\\]\\.`));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
