// Issue 14, --format html: one page that needs nothing beside itself, each story's versions
// side by side with every fact marked, conflicts and missing facts highlighted, explained and
// linked from the summary, right-to-left text laid out right to left, no script; and in a
// real headless Chromium, the page renders with no console message.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, openPage } from './helpers/chromium.js';
import { json, runCli } from './helpers/runCli.js';
import { SEED_FILES, tempDir } from './helpers/stories.js';

let dir: string;
let page: string;
let html: string;
let reconciled: { documents: Array<{ path: string; lang: string }>; groups: any[] };

beforeAll(() => {
  dir = tempDir('html');
  page = join(dir, 'seeds.html');
  const run = runCli(['reconcile', '--format', 'html', '--output', page, 'seeds']);
  expect([run.status, run.stderr]).toEqual([0, '']);
  html = readFileSync(page, 'utf8');
  reconciled = json(runCli(['reconcile', '--format', 'json', 'seeds']));
});

const plain = (s: string) => s.replace(/<[^>]*>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The report's discrepancies in the order reconcile's groups give them: each group a conflict or missing from some version, with its anchor. */
function discrepancies(): Array<{ group: any; anchor: string; item: string }> {
  const paths = reconciled.documents.map((d) => d.path);
  const found = reconciled.groups.filter((g) => g.status === 'conflict' || new Set(g.mentions.map((m: any) => m.path)).size < paths.length);
  return found.map((group, k) => {
    const anchor = `s1-d${k + 1}`;
    const item = new RegExp(`<li id="${anchor}" class="discrepancy [^"]+">.*`).exec(html)?.[0] ?? '';
    expect(item, anchor).toContain(`: ${group.type} `);
    return { group, anchor, item };
  });
}

const ids = (text: string) => new Set([...text.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));

describe('reconcile --format html', () => {
  it('is one page with no script and no reference to anything outside it', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)="(?!#)/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('shows each version side by side, its language and path heading a column', () => {
    const head = /<thead>(.*?)<\/thead>/s.exec(html)![1]!;
    expect([...head.matchAll(/<span class="path">([^<]+)</g)].map((m) => m[1])).toEqual(SEED_FILES.map((s) => `seeds/${s.file}`));
    for (const { file } of SEED_FILES) {
      const first = readFileSync(join('seeds', file), 'utf8').split('\n')[0]!.replace(/<[^>]*>/g, '');
      expect(html.replace(/<[^>]*>/g, '')).toContain(first.slice(0, 20).replace(/&/g, '&amp;'));
    }
  });

  it('marks every fact of every version in its text', () => {
    const groups = reconciled.groups as Array<{ mentions: Array<{ text: string }> }>;
    const mentions = groups.flatMap((g) => g.mentions);
    const marks = [...html.matchAll(/<mark id="s1-v\d+-g\d+-m\d+" class="fact [^"]*" title="[^"]*">(?:<a href="[^"]*">)?([^<]*)/g)].map((m) => m[1]);
    expect(marks.length).toBe(mentions.length);
    const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(marks.map((m) => unescape(m!)).sort()).toEqual(mentions.map((m) => m.text).sort());
  });

  it('highlights the conflict and the missing facts, explains them and links them from the summary', () => {
    const anchors = ids(html);
    const summary = /<nav class="summary">(.*?)<\/nav>/s.exec(html)![1]!;
    const links = [...summary.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(anchors.has(link), link).toBe(true);
    const conflict = /<li id="(s1-d\d+)" class="discrepancy conflict"><p><strong>Conflict: person Zhaslan Madiyev<\/strong> — given name differs: Zhaslan \(ru, ar, pt\) vs Baglan \(de, id\)/.exec(html);
    expect(conflict).not.toBeNull();
    // The versions that differ are marked so, linked to the explanation.
    const differing = [...html.matchAll(new RegExp(`<mark id="s1-v(\\d)[^"]*" class="fact t-person conflict differs" title="[^"]*"><a href="#${conflict![1]}">`, 'g'))].map((m) => Number(m[1]));
    expect([...new Set(differing)]).toEqual([1, 2]);
    expect(html).toMatch(/<li id="s1-d\d+" class="discrepancy missing"><p><strong>Missing: money 5000000 EUR<\/strong> — not in ar, pt<\/p>/);
  });

  it('says how sure each conflict is and which versions differ, in the summary, the explanation and the marks', () => {
    const labelOf = new Map(reconciled.documents.map((d) => [d.path, d.lang]));
    const conflicts = discrepancies().filter((d) => d.group.status === 'conflict');
    expect(conflicts.length).toBeGreaterThan(0);
    for (const { group, anchor, item } of conflicts) {
      expect(group.confidence).toBeGreaterThan(0);
      expect(group.differing.length).toBeGreaterThan(0);
      expect(html).toMatch(new RegExp(`<a href="#${anchor}">Conflict: [^<]*\\(confidence ${group.confidence}\\)</a>`));
      expect(item).toContain(`<span class="confidence">(confidence ${group.confidence})</span></p><p class="differing">Differs: ${group.differing.map((p: string) => labelOf.get(p)).join(', ')}.</p>`);
      const differs = [...item.matchAll(/<li class="differs"><span class="lang">(\w+)<\/span>[^]*?<em>differs<\/em><\/li>/g)].map((m) => m[1]);
      expect(differs).toEqual(group.differing.map((p: string) => labelOf.get(p)));
      expect(html).toMatch(new RegExp(`class="fact t-${group.type} conflict differs" title="[^"]*\\(confidence ${group.confidence}\\)"><a href="#${anchor}">`));
    }
  });

  it('marks where a version lacking a fact would say it (its aligned sentence), or says that version leaves the sentence out', () => {
    const texts = reconciled.documents.map((d) => readFileSync(d.path, 'utf8').split('\n'));
    const rows = [...html.matchAll(/<tr><th scope="row" class="n">\d+<\/th>(.*?)<\/tr>/gs)].map((m) => m[1]!.split('<td ').slice(1));
    let placed = 0;
    let leftOut = 0;
    for (const { group, anchor, item } of discrepancies().filter((d) => d.group.missingAt)) {
      for (const at of group.missingAt) {
        const version = reconciled.documents.findIndex((d) => d.path === at.path);
        const lang = `<span class="lang">${reconciled.documents[version]!.lang}</span>`;
        if (at.line === undefined) {
          expect(item).toContain(`<li class="absent">${lang} missing: the sentence that states it has no counterpart here (left out)</li>`);
          leftOut++;
          continue;
        }
        const gap = `${anchor}-v${version + 1}`;
        expect(item).toContain(`<li class="absent">${lang} missing at <a href="#${gap}">line ${at.line}</a>, in the sentence aligned with the one that states it</li>`);
        const cells = rows.filter((cells) => cells.some((c) => c.includes(`<a id="${gap}" class="gap" href="#${anchor}"`)));
        expect(cells, gap).toHaveLength(1);
        const cell = cells[0]![version]!;
        expect(cell, gap).toContain(`id="${gap}"`);
        expect(plain(cell)).toContain(texts[version]![at.line - 1]!.replace(/<[^>]*>/g, '').trim().slice(0, 15));
        placed++;
      }
    }
    expect(placed).toBeGreaterThan(0);
    expect(leftOut).toBeGreaterThan(0);
    expect(html.match(/<a id="[^"]+" class="gap"/g)).toHaveLength(placed);
  });

  it('puts the versions side by side sentence by sentence as reconcile aligned them, each sentence once and in order', () => {
    // The German version has a sentence the English original lacks: by line, every row after it would pair the wrong sentences.
    const story = tempDir('html-sentences');
    const texts = {
      de: 'Der Rat tagte am Montag.\nDie Sitzung dauerte lange.\nEr billigte einen Haushalt von 5 Millionen Euro.\nDie Arbeitslosigkeit sank 2023 auf 12 Prozent.\nDer Bürgermeister dankte den Mitarbeitern.\n',
      en: 'The council met on Monday.\nIt approved a budget of 5 million euros.\nUnemployment fell to 12 percent in 2023.\nThe mayor thanked the staff.\n',
    };
    for (const [lang, text] of Object.entries(texts)) writeFileSync(join(story, `vote.${lang}.txt`), text);
    const out = join(story, 'report.html');
    const run = runCli(['reconcile', '--format', 'html', '--source', 'en', '--output', out, story]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const rows = [...readFileSync(out, 'utf8').matchAll(/<tr><th scope="row" class="n">\d+<\/th>(.*?)<\/tr>/gs)].map((m) => m[1]!.split('<td ').slice(1).map((cell) => plain(`<td ${cell}`)));
    // One row per sentence of the original; columns in path order (de, en).
    expect(rows.map((r) => r[1])).toEqual(texts.en.trim().split('\n'));
    const rowOf = (version: number, words: string) => rows.findIndex((r) => r[version]!.includes(words));
    expect(rowOf(0, '5 Millionen Euro')).toBe(rowOf(1, '5 million euros'));
    expect(rowOf(0, '12 Prozent')).toBe(rowOf(1, '12 percent'));
    expect(rowOf(0, 'Bürgermeister')).toBe(rowOf(1, 'mayor'));
    expect(rows.map((r) => r[0]).join('\n').replace(/\s+/g, ' ')).toBe(texts.de.trim().replace(/\s+/g, ' '));
  });

  it('lays right-to-left versions out right to left', () => {
    expect(html).toMatch(/<td lang="ar" dir="rtl">/);
    expect(html).toMatch(/<td lang="de" dir="auto">/);
  });

  it('is a format of check too, with only the discrepancies it reports explained', () => {
    const out = join(dir, 'check.html');
    const run = runCli(['check', '--format', 'html', '--output', out, 'seeds']);
    expect(run.status).toBe(1);
    const text = readFileSync(out, 'utf8');
    expect(text.match(/class="discrepancy /g)).toHaveLength(1);
    expect(text).toContain('<title>factdiff check</title>');
  });
});

describe.skipIf(!CHROMIUM)('in headless Chromium', () => {
  it('renders the report with no console message', () => {
    const run = openPage(page);
    expect(run.status).toBe(0);
    expect(run.console).toEqual([]);
    expect(run.dom).toContain('<section class="story" id="s1">');
    expect(run.dom).toMatch(/Conflict: person Zhaslan Madiyev/);
    expect(run.dom).toMatch(/<a id="s1-d\d+-v\d" class="gap" href="#s1-d\d+"/);
  });

  it('reports console messages of a page that has them (the check above can fail)', () => {
    const bad = join(dir, 'bad.html');
    writeFileSync(bad, html.replace('</body>', '<img src="https://example.invalid/x.png"></body>'));
    expect(openPage(bad).console.join('\n')).toMatch(/Content Security Policy/);
  });

  it('takes a screenshot of the report', () => {
    const png = join(dir, 'seeds.png');
    expect(openPage(page, { screenshot: png }).status).toBe(0);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20_000);
  });
});

it.runIf(!CHROMIUM)('needs chromium for the browser tests', () => {
  console.warn('html.cli.test.ts: chromium is not installed (apt-get install chromium); the browser tests are skipped');
});
