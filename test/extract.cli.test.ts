// `factdiff extract` end to end: the built binary on fixture files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, json, ROOT, runCli } from './helpers/runCli.js';

const BAIL = join(FIXTURES, 'bail');

describe('factdiff extract', () => {
  it('prints each document with its language and facts (json)', () => {
    const run = runCli(['extract', '--format', 'json', BAIL]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const out = json(run);
    expect(out.errors).toEqual([]);
    expect(out.documents.map((d: any) => d.lang)).toEqual(['de', 'en', 'ru']);
    for (const doc of out.documents) {
      const money = doc.facts.find((f: any) => f.type === 'money');
      expect(money).toMatchObject({ value: 5000000, currency: 'EUR' });
      const text = readFileSync(doc.path, 'utf8');
      for (const f of doc.facts) expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(doc.facts.find((f: any) => f.type === 'percent')).toMatchObject({ value: 25 });
      expect(doc.facts.find((f: any) => f.type === 'number')).toMatchObject({ value: 12500000, qualifier: 'over' });
      expect(doc.facts.filter((f: any) => f.type === 'date').map((f: any) => f.value)).toEqual(['2024-08-28', '2023']);
    }
  });

  it('writes one fact a line with path and language (ndjson)', () => {
    const run = runCli(['extract', '--format', 'ndjson', join(BAIL, 'bail.de.txt')]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(3);
    for (const fact of lines) expect(fact).toMatchObject({ path: join(BAIL, 'bail.de.txt'), lang: 'de' });
  });

  it('reads standard input for "-"', () => {
    const run = runCli(['extract', '--format', 'json', '-'], { input: 'Die Kaution betrug 5 Millionen Euro, wie ein Sprecher des Gerichts mitteilte.' });
    expect(run.status).toBe(0);
    expect(json(run).documents[0]).toMatchObject({ path: '-', lang: 'de', facts: [{ type: 'money', value: 5000000 }] });
  });

  it('keeps only the types asked for, and one fact per expression', () => {
    const run = runCli(['extract', '--format', 'json', '--types', 'number', join(BAIL, 'bail.de.txt')]);
    const facts = json(run).documents[0].facts;
    expect(facts.map((f: any) => f.type)).toEqual(['number']);
    // "25 %" is a percent and is not also a number.
    expect(facts.some((f: any) => f.value === 25)).toBe(false);
  });

  it('forces the language with --lang', () => {
    const run = runCli(['extract', '--format', 'json', '--lang', 'en', '-'], { input: '1,200 people' });
    expect(json(run).documents[0]).toMatchObject({ lang: 'en', facts: [{ value: 1200 }] });
    const de = runCli(['extract', '--format', 'json', '--lang', 'de', '-'], { input: '1,200 Menschen' });
    expect(json(de).documents[0].facts[0].value).toBe(1.2);
  });

  it('resolves partial dates against --ref-date, else writes --MM-DD', () => {
    const input = 'Er wurde am 24. August festgenommen.';
    const partial = json(runCli(['extract', '--format', 'json', '-'], { input })).documents[0].facts[0];
    expect(partial).toMatchObject({ type: 'date', value: '--08-24', stated: ['month', 'day'], inferred: [] });
    const resolved = json(runCli(['extract', '--format', 'json', '--ref-date', '2024-10-01', '-'], { input })).documents[0].facts[0];
    expect(resolved).toMatchObject({ value: '2024-08-24', inferred: ['year'] });
  });

  it('prints a readable table by default, without colour when NO_COLOR is set', () => {
    const run = runCli(['extract', join(BAIL, 'bail.de.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('money');
    expect(run.stdout).toContain('5000000 EUR');
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('finds the seed articles and their languages', () => {
    const run = runCli(['extract', '--format', 'json', join(ROOT, 'seeds')]);
    expect(run.status).toBe(0);
    expect(json(run).documents.map((d: any) => d.lang)).toEqual(['de', 'id', 'ru', 'ar', 'pt']);
  });
});
