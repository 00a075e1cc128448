#!/usr/bin/env node
// Developer tool: compares the figures factdiff finds in two line-aligned translations
// (such as ../shared/corpora/ntrex-a/<story>/<lang>.txt) line by line, and prints the lines
// where they differ. A quick way to see a pack's misses and false positives.
//   node tools/compare-lines.mjs LANG [REF_LANG=de] [CORPUS_DIR] [--all] [--names]
// With --names it compares names instead (people, organisations, places, by type and key).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [lang, ref = 'de', corpus = '../shared/corpora/ntrex-a'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const showAll = process.argv.includes('--all');
const names = process.argv.includes('--names');
if (!lang || !existsSync(corpus)) {
  console.error('usage: node tools/compare-lines.mjs LANG [REF_LANG] [CORPUS_DIR]');
  process.exit(2);
}
const stories = readdirSync(corpus).filter((s) => existsSync(join(corpus, s, `${lang}.txt`)) && existsSync(join(corpus, s, `${ref}.txt`)));
const files = stories.flatMap((s) => [join(corpus, s, `${lang}.txt`), join(corpus, s, `${ref}.txt`)]);
const types = names ? 'person,org,place' : 'number,percent,money,date';
const byLang = (l) => ['extract', '--format', 'json', '--types', types, '--lang', l, '--group-by', 'stem'];
const run = (l, fs) => JSON.parse(spawnSync('node', ['bin/factdiff.js', ...byLang(l), ...fs], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout);
const mine = new Map(run(lang, files.filter((f) => f.endsWith(`/${lang}.txt`))).documents.map((d) => [d.path, d]));
const theirs = new Map(run(ref, files.filter((f) => f.endsWith(`/${ref}.txt`))).documents.map((d) => [d.path, d]));
const show = (f) => (names ? `${f.type}:${f.key}` : `${f.type}:${f.value}${f.currency ? ' ' + f.currency : ''}`);
const showAs = (f) => (names ? `${show(f)}(${f.text})` : show(f));
let differing = 0, lines = 0;
for (const s of stories) {
  const a = mine.get(join(corpus, s, `${lang}.txt`)), b = theirs.get(join(corpus, s, `${ref}.txt`));
  const textA = readFileSync(join(corpus, s, `${lang}.txt`), 'utf8').split('\n');
  const textB = readFileSync(join(corpus, s, `${ref}.txt`), 'utf8').split('\n');
  for (let i = 0; i < Math.max(textA.length, textB.length); i++) {
    const la = a.facts.filter((f) => f.line === i + 1);
    const lb = b.facts.filter((f) => f.line === i + 1);
    if (!la.length && !lb.length) continue;
    lines++;
    // Names: the same set of keys, however often each is mentioned.
    const keys = (list) => [...new Set(list.map(show))].sort().join('|');
    const same = keys(la) === keys(lb);
    if (same && !showAll) continue;
    if (!same) differing++;
    console.log(`${s}:${i + 1}\n  ${lang}: ${la.map(showAs).join(', ') || '-'}   | ${textA[i]?.slice(0, 220)}\n  ${ref}: ${lb.map(showAs).join(', ') || '-'}   | ${textB[i]?.slice(0, 220)}`);
  }
}
console.log(`\n${differing} of ${lines} lines with ${names ? 'names' : 'figures'} differ between ${lang} and ${ref}`);
