// One original and its translations, each fixture with one kind of error a translator makes
// (test/fixtures/translation-errors/KIND/): `check --source` must fail on it, name the
// translation that differs and point at the changed text; the clean part of each story agrees.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, json, runCli } from './helpers/runCli.js';

const DIR = join(FIXTURES, 'translation-errors');

interface CheckGroup {
  type: string;
  status: string;
  code?: string;
  confidence?: number;
  differing?: string[];
  missingAt?: Array<{ path: string; line?: number }>;
  mentions: Array<{ path: string; text: string }>;
}

function check(kind: string, args: string[] = []): { status: number | null; groups: CheckGroup[] } {
  const run = runCli(['check', '--format', 'json', '--source', join(DIR, kind, 'en.txt'), ...args, join(DIR, kind)]);
  expect(run.stderr).toBe('');
  return { status: run.status, groups: json<{ groups: CheckGroup[] }>(run).groups };
}

/** The one conflict of a fixture: its type, cause and the texts of the German translation and the English original. */
function conflictOf(kind: string): { group: CheckGroup; de: string; en: string } {
  const { status, groups } = check(kind);
  expect(status).toBe(1);
  expect(groups).toHaveLength(1);
  const [group] = groups;
  expect(group!.status).toBe('conflict');
  expect(group!.differing).toEqual([join(DIR, kind, 'de.txt')]);
  expect(group!.confidence).toBeGreaterThanOrEqual(0.5);
  const text = (lang: string) => group!.mentions.find((m) => m.path.endsWith(`${lang}.txt`))!.text;
  return { group: group!, de: text('de'), en: text('en') };
}

describe('one original, one translation: each kind of error is a conflict', () => {
  it.each([
    ['month', 'date', 'month-differs', 'Juni', 'May'],
    ['number-word', 'number', 'digit-typo', 'Neun', 'Two'],
    ['year', 'date', 'digit-transposition', '1987', '1897'],
    ['currency', 'money', 'currency-mismatch', '50.000 Dollar', '50,000 euros'],
    ['percent', 'percent', 'digit-transposition', '83 %', '38 %'],
    ['ordinal', 'ordinal', 'digit-typo', '45', '40th'],
    ['weekday', 'weekday', 'weekday-differs', 'Mittwoch', 'Tuesday'],
    ['impossible-day', 'date', 'digit-typo', '0. Oktober 1968', '2 October 1968'],
  ])('%s', (kind, type, code, de, en) => {
    const { group, de: inDe, en: inEn } = conflictOf(kind);
    expect(group).toMatchObject({ type, code });
    expect([inDe, inEn]).toEqual([de, en]);
  });
});

describe('a sentence the translation leaves out', () => {
  it('is missing, with no aligned sentence in the translation; check fails on it with --fail-on missing', () => {
    expect(check('dropped-sentence').status).toBe(0);
    const { status, groups } = check('dropped-sentence', ['--fail-on', 'missing']);
    expect(status).toBe(1);
    expect(groups).toEqual([
      expect.objectContaining({ type: 'number', status: 'single', missingAt: [{ path: join(DIR, 'dropped-sentence', 'de.txt') }] }),
    ]);
  });
});

describe('an original and two translations', () => {
  it('the one that differs is named, for each of two figures in one sentence', () => {
    const { status, groups } = check('three-versions');
    expect(status).toBe(1);
    expect(groups.map((g) => [g.type, g.differing])).toEqual([
      ['number', [join(DIR, 'three-versions', 'de.txt')]],
      ['percent', [join(DIR, 'three-versions', 'de.txt')]],
    ]);
  });

  it('the same without --source: the majority names the odd one out', () => {
    const run = runCli(['check', '--format', 'json', join(DIR, 'three-versions')]);
    expect(run.status).toBe(1);
    expect(json<{ groups: CheckGroup[] }>(run).groups.map((g) => g.differing)).toEqual([[join(DIR, 'three-versions', 'de.txt')], [join(DIR, 'three-versions', 'de.txt')]]);
  });

  it('--min-confidence: check fails from the conflict\'s confidence on, reconcile reports it whatever the bar', () => {
    const pair = [join(DIR, 'number-word', 'en.txt'), join(DIR, 'number-word', 'de.txt')];
    const reconciled = json<{ groups: CheckGroup[] }>(runCli(['reconcile', '--format', 'json', ...pair]));
    const [conflict, ...others] = reconciled.groups.filter((g) => g.status === 'conflict');
    expect(others).toEqual([]);
    const confidence = conflict!.confidence!;
    expect(confidence).toBeLessThan(1);
    expect(runCli(['check', '--min-confidence', String(confidence), ...pair]).status).toBe(1);
    expect(runCli(['check', '--min-confidence', String(Math.min(1, confidence + 0.01)), ...pair]).status).toBe(0);
    expect(runCli(['check', '--min-confidence', '2', ...pair])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^factdiff: --min-confidence: '2' is not a confidence/) });
  });
});
