// Documents in a language without a rule pack, through the built CLI: one note on stderr,
// exit code 0, the figures written with digits read by the language-neutral core and marked
// so, reconciled with the other versions; --lang still forces a pack.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/runCli.js';
import { tempDir } from './helpers/stories.js';

const DANISH = 'Kommunen brugte 3.400 € på det nye bibliotek, 12,5% mere end planlagt.\nSalen åbnede den 2024-04-03 klokken 14:30 og tog imod 1.250 læsere i den første uge.\n';
const GREEK = 'Ο δήμος ξόδεψε 3.400 € για τη νέα βιβλιοθήκη, 12,5% περισσότερα από όσα είχαν προβλεφθεί.\nΗ αίθουσα άνοιξε στις 2024-04-03 και υποδέχτηκε 1.250 αναγνώστες την πρώτη εβδομάδα.\n';
const ENGLISH = 'The town spent €3,400 on the new library, 12.5% more than planned.\nThe hall opened on 2024-04-03 at 14:30 and welcomed 1,250 readers in its first week.\n';

let dir: string;
const path = (name: string) => join(dir, name);
const DIGIT_FIGURES = [
  { type: 'money', text: '3.400 €', value: 3400, currency: 'EUR' },
  { type: 'percent', text: '12,5%', value: 12.5 },
  { type: 'date', text: '2024-04-03', value: '2024-04-03' },
  { type: 'number', text: '1.250', value: 1250 },
];

beforeAll(() => {
  dir = tempDir('neutral');
  writeFileSync(path('library.da.txt'), DANISH);
  writeFileSync(path('library.el.txt'), GREEK);
  writeFileSync(path('library.en.txt'), ENGLISH);
});

describe('a document in a language without a pack', () => {
  it.each([
    ['library.da.txt', 'da', 'Danish'],
    ['library.el.txt', 'el', 'Greek'],
  ])('%s: one note naming the language, exit 0, its digit figures read and marked neutral', (file, lang, name) => {
    const run = runCli(['extract', '--format', 'json', path(file)]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`factdiff: ${path(file)}: no rule pack for ${name} (${lang}); only figures written with digits are read\n`);
    const [doc] = json(run).documents;
    expect(doc).toMatchObject({ path: path(file), lang, neutral: true });
    expect(doc.facts).toEqual(expect.arrayContaining(DIGIT_FIGURES.map((f) => expect.objectContaining(f))));
    // No word of the language is read: no names, no rule of any language's pack.
    expect(doc.facts.every((f: any) => /^(neutral|core)\//.test(f.rule))).toBe(true);
    expect(doc.facts.some((f: any) => ['person', 'org', 'place'].includes(f.type))).toBe(false);
  });

  it('marks every fact line of --format ndjson, and reconcile --facts keeps the mark', () => {
    const run = runCli(['extract', '--format', 'ndjson', path('library.da.txt'), path('library.en.txt')]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.lang === 'da').every((l) => l.neutral === true)).toBe(true);
    expect(lines.filter((l) => l.lang === 'en').some((l) => 'neutral' in l)).toBe(false);
    const back = runCli(['reconcile', '--format', 'json', '--facts', '-'], { input: run.stdout });
    expect(back.status).toBe(0);
    expect(json(back).documents).toEqual([
      { path: path('library.da.txt'), lang: 'da', neutral: true },
      { path: path('library.en.txt'), lang: 'en' },
    ]);
  });

  it('is lined up with the other versions by reconcile', () => {
    const run = runCli(['reconcile', '--format', 'json', path('library.en.txt'), path('library.da.txt'), path('library.el.txt')]);
    expect(run.status).toBe(0);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(2);
    const { groups } = json(run);
    for (const value of [3400, 12.5, '2024-04-03', 1250]) {
      const group = groups.find((g: any) => g.value === value);
      expect(group).toMatchObject({ status: 'agree' });
      expect(group.mentions.map((m: any) => m.lang).sort()).toEqual(['da', 'el', 'en']);
    }
  });

  it('--lang forces a pack: no note, the pack named and its rules used', () => {
    const run = runCli(['extract', '--format', 'json', '--lang', 'es', path('library.da.txt')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const [doc] = json(run).documents;
    expect(doc.lang).toBe('es');
    expect(doc).not.toHaveProperty('neutral');
    expect(doc.facts.some((f: any) => f.rule.startsWith('es/'))).toBe(true);
  });

  it('a document of a packed language gets no note and no mark', () => {
    const run = runCli(['extract', '--format', 'json', path('library.en.txt')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(json(run).documents[0]).not.toHaveProperty('neutral');
  });
});
