// Issue 14: the README shows what a user looks at and sets, as the program has it: the
// HTML report's screenshot, and the configuration file (an example that the program reads
// without a complaint, and a table of every key of schema/config.schema.json).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runCli } from './helpers/runCli.js';
import { tempDir } from './helpers/stories.js';

let readme: string;

beforeAll(() => {
  readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
});

/** The README's section under a heading, up to the next heading of its level or above (a line of a code block is no heading). */
function section(heading: string): string {
  const lines = readme.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThan(0);
  const level = heading.indexOf(' ');
  let fenced = false;
  let end = start + 1;
  for (; end < lines.length; end++) {
    if (lines[end]!.startsWith('```')) fenced = !fenced;
    else if (!fenced && new RegExp(`^#{1,${level}} `).test(lines[end]!)) break;
  }
  return lines.slice(start, end).join('\n');
}

describe('the README', () => {
  it('shows the screenshot of the HTML report, committed under docs/', () => {
    const image = /!\[[^\]]*HTML report[^\]]*\]\((docs\/[^)]+\.png)\)/.exec(readme);
    expect(image).not.toBeNull();
    const png = readFileSync(join(ROOT, image![1]!));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(section('## The HTML report')).toContain('tools/report-screenshot.sh');
    expect(existsSync(join(ROOT, 'tools', 'report-screenshot.sh'))).toBe(true);
  });

  it('describes every key of the configuration schema, each with its option', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'config.schema.json'), 'utf8'));
    const sections = ['extract', 'reconcile', 'check'];
    const rows = [...section('## Configuration').matchAll(/^\| `(\w+)` \| `--([a-z-]+)`[^|]* \| (.+) \|$/gm)];
    const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    expect(rows.map((r) => r[1]).sort()).toEqual(Object.keys(schema.properties).filter((k) => !sections.includes(k)).sort());
    for (const [, key, option, text] of rows) {
      expect(option, key).toBe(kebab(key!));
      expect(text!.length, key).toBeGreaterThan(10);
    }
    expect(section('## Configuration')).toContain(`| ${sections.map((s) => `\`${s}\``).join(', ')} |`);
  });

  it('has a configuration example that factdiff reads as it is', () => {
    const example = /```yaml\n(# factdiff\.config\.yaml\n[^]*?)```/.exec(section('## Configuration'));
    expect(example).not.toBeNull();
    const dir = tempDir('readme-config');
    writeFileSync(join(dir, 'factdiff.config.yaml'), example![1]!);
    // The folders and files the example names.
    const rules = /^rules: (\S+)/m.exec(example![1]!)![1]!;
    mkdirSync(join(dir, rules));
    writeFileSync(join(dir, rules, 'de.yaml'), 'lang: de\nnegatives:\n  - "Seite 3 von 10 ist leer"\n');
    mkdirSync(join(dir, 'news'));
    for (const lang of ['de', 'en', 'ru']) copyFileSync(join(FIXTURES, 'bail', `bail.${lang}.txt`), join(dir, 'news', `bail.${lang}.txt`));
    const reconcile = runCli(['reconcile', '--format', 'json', 'news'], { cwd: dir });
    expect([reconcile.status, reconcile.stderr]).toEqual([0, '']);
    expect(JSON.parse(reconcile.stdout).stories.map((s: { name: string }) => s.name)).toEqual(['news/bail']);
    const baseline = /^ {2}baseline: (\S+)/m.exec(example![1]!)![1]!;
    expect(runCli(['check', '--no-config', '--write-baseline', join(dir, baseline), 'news'], { cwd: dir }).status).toBe(0);
    const check = runCli(['check', 'news'], { cwd: dir });
    expect([check.status, check.stderr, check.stdout]).toEqual([0, '', '']);
  });
});
