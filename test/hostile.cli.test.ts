// Hostile input end to end, one case per kind: crashes that lost every result, hangs and
// unbounded reads, wrong answers with exit 0, forged output lines and overwritten inputs.
// Each runs the built CLI and checks stdout, stderr and the exit code.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, ROOT, runCli, type CliRun } from './helpers/runCli.js';
import { expectValid, schemaValidators } from './helpers/schemas.js';

const BIN = join(ROOT, 'bin', 'factdiff.js');
const SEEDS = join(ROOT, 'seeds');
const GOOD = 'Er wurde gegen eine Kaution von 5 Millionen Euro freigelassen.\n';
let dir: string;
let good: string;
let count = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdiff-hostile-'));
  good = join(dir, 'good.de.txt');
  writeFileSync(good, GOOD);
});

/** A fresh folder for one case. */
function folder(): string {
  const path = join(dir, `case${count++}`);
  mkdirSync(path);
  return path;
}

function noStackTrace(run: CliRun): void {
  expect(run.stderr).not.toMatch(/^\s+at |node:internal|internal error/m);
}

/** Every stderr line is a factdiff line, and there are `count` of them. */
function stderrLines(run: CliRun, count: number): string[] {
  const lines = run.stderr.trimEnd().split('\n').filter(Boolean);
  expect(lines).toHaveLength(count);
  for (const line of lines) expect(line).toMatch(/^factdiff: /);
  noStackTrace(run);
  return lines;
}

function goodFactKept(run: CliRun): void {
  const out = json(run);
  expect(out.documents.find((d: { path: string }) => d.path === good).facts).toEqual([expect.objectContaining({ type: 'money', value: 5000000 })]);
}

/** A fact line as extract --format ndjson writes it, for --facts. */
function factLines(): string[] {
  return runCli(['extract', '--format', 'ndjson', good]).stdout.trimEnd().split('\n');
}

describe('crashes that lost every other result', () => {
  it('a 5 MB line of "1,000,000," in English: no stack overflow, the good file reported', () => {
    const bad = join(folder(), 'numbers.en.txt');
    writeFileSync(bad, `${'1,000,000,'.repeat(500_000)}\n`);
    const run = runCli(['extract', '--format', 'json', good, bad]);
    noStackTrace(run);
    expect(run.status).toBe(0);
    goodFactKept(run);
    expect(json(run).documents.map((d: { path: string }) => d.path)).toEqual([good, bad]);
  }, 60_000);

  it('a wrong-typed field in a --facts line: that line named, the others reconciled', () => {
    const [line] = factLines();
    const wrong = JSON.stringify({ ...JSON.parse(line!), keyParts: [1, 2] });
    const run = runCli(['reconcile', '--format', 'json', '--facts', '-'], { input: `${line}\n${wrong}\n` });
    expect(run.status).toBe(2);
    expect(stderrLines(run, 1)[0]).toMatch(/^factdiff: -:2: .*keyParts\/0 must be string/);
    expect(json(run).groups).toEqual([expect.objectContaining({ type: 'money', value: 5000000 })]);
  });

  it('a YAML alias bomb in a --rules pack: one line naming the pack, no expansion', () => {
    const packs = folder();
    const lines = ['lang: de', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    writeFileSync(join(packs, 'de.yaml'), `${lines.join('\n')}\n`);
    const run = runCli(['extract', '--rules', packs, good]);
    expect(run.status).toBe(2);
    expect(stderrLines(run, 1)[0]).toMatch(/de\.yaml:1:1: YAML: .*alias/);
  });

  it('a null entry in a baseline: the entry named, exit 2', () => {
    const baseline = join(folder(), 'known.json');
    writeFileSync(baseline, '{"version": 1, "accepted": [null]}\n');
    const run = runCli(['check', '--baseline', baseline, SEEDS]);
    expect(run.status).toBe(2);
    expect(stderrLines(run, 1)[0]).toMatch(/^factdiff: --baseline .*known\.json: .*accepted\/0 must be object/);
  });

  it('--write-baseline into a missing folder: one line, exit 2', () => {
    const run = runCli(['check', '--write-baseline', join(folder(), 'nowhere', 'known.json'), SEEDS]);
    expect(run.status).toBe(2);
    expect(stderrLines(run, 1)[0]).toMatch(/--write-baseline .*known\.json: cannot write it \(no such file or folder\)/);
  });

  it('--write-baseline onto a read-only file: one line, exit 2, the file untouched', () => {
    const baseline = join(folder(), 'known.json');
    writeFileSync(baseline, 'kept\n');
    chmodSync(baseline, 0o444);
    const run = runCli(['check', '--write-baseline', baseline, SEEDS]);
    expect(run.status).toBe(2);
    expect(stderrLines(run, 1)[0]).toMatch(/cannot write it \(permission denied\)/);
    expect(readFileSync(baseline, 'utf8')).toBe('kept\n');
  });

  it('stdout on a full disk: one line, exit 2 (not 1, which CI reads as a discrepancy)', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'extract', SEEDS], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('factdiff: stdout: no space left on device\n');
    } finally {
      closeSync(full);
    }
  });
});

describe('hangs and unbounded reads', () => {
  it('a FIFO inside a searched folder is named and skipped, not read', () => {
    const searched = folder();
    writeFileSync(join(searched, 'good.de.txt'), GOOD);
    expect(spawnSync('mkfifo', [join(searched, 'pipe.txt')]).status).toBe(0);
    const run = runCli(['extract', '--format', 'json', searched]);
    expect(run.status).toBe(2);
    expect(stderrLines(run, 1)[0]).toMatch(/pipe\.txt: a named pipe \(FIFO\), not a document: skipped$/);
    expect(json(run).documents).toEqual([expect.objectContaining({ path: join(searched, 'good.de.txt') })]);
  }, 20_000);

  it('1 000 nested folders: the deepest documents found, a link back to the top and a second link to one file read once', () => {
    const top = folder();
    const deepest = join(top, ...Array.from({ length: 1000 }, () => 'd'));
    mkdirSync(deepest, { recursive: true });
    writeFileSync(join(deepest, 'bottom.de.txt'), GOOD);
    writeFileSync(join(top, 'd', 'd', 'ignored.de.txt'), GOOD);
    writeFileSync(join(top, 'd', '.gitignore'), 'ignored.de.txt\n');
    symlinkSync(top, join(deepest, 'loop'));
    symlinkSync(join(deepest, 'bottom.de.txt'), join(top, 'again.de.txt'));
    const run = runCli(['extract', '--format', 'json', top]);
    expect(run.status).toBe(0);
    noStackTrace(run);
    expect(json(run).documents.map((d: { path: string }) => d.path)).toEqual([join(top, 'again.de.txt')]);
    expect(run.stderr).toBe(`factdiff: ${join(deepest, 'bottom.de.txt')}: the same file as ${join(top, 'again.de.txt')}: read once\n`);
  });

  it('/dev/zero behind a .txt link in a folder is skipped; given by name it is refused on its first bytes', () => {
    const searched = folder();
    symlinkSync('/dev/zero', join(searched, 'endless.txt'));
    const walked = runCli(['extract', '--format', 'json', searched, good]);
    expect(walked.status).toBe(2);
    expect(stderrLines(walked, 1)[0]).toMatch(/endless\.txt: a device, not a document: skipped$/);
    goodFactKept(walked);
    const named = runCli(['extract', '--format', 'json', good, join(searched, 'endless.txt')]);
    expect(named.status).toBe(2);
    expect(stderrLines(named, 1)[0]).toMatch(/endless\.txt: binary file, not text$/);
    goodFactKept(named);
  }, 20_000);

  it('/dev/zero as a rule pack or a baseline: refused, never read whole', () => {
    const packs = folder();
    symlinkSync('/dev/zero', join(packs, 'de.yaml'));
    const pack = runCli(['extract', '--rules', packs, good]);
    expect(pack.status).toBe(2);
    expect(stderrLines(pack, 1)[0]).toMatch(/de\.yaml:1:1: rule pack larger than 4 MB/);
    const baseline = runCli(['check', '--baseline', '/dev/zero', SEEDS]);
    expect(baseline.status).toBe(2);
    expect(stderrLines(baseline, 1)[0]).toMatch(/--baseline \/dev\/zero: cannot read it \(binary file, not text\)/);
  }, 20_000);

  it('a document over --max-size is that document\'s error, read no further than the limit', () => {
    const big = join(folder(), 'big.de.txt');
    writeFileSync(big, GOOD.repeat(100));
    const run = runCli(['extract', '--format', 'json', '--max-size', '2K', good, big]);
    expect(run.status).toBe(2);
    expect(stderrLines(run, 1)[0]).toMatch(/big\.de\.txt: larger than 2 KB, the most a document may have \(--max-size\)$/);
    goodFactKept(run);
    const bad = runCli(['extract', '--max-size', 'lots', good]);
    expect(bad.status).toBe(2);
    expect(stderrLines(bad, 1)[0]).toMatch(/--max-size: 'lots' is not a size/);
  });

  it('a 1 GB sparse file is judged on its first bytes, not read whole', () => {
    const sparse = join(folder(), 'sparse.txt');
    writeFileSync(sparse, '');
    truncateSync(sparse, 2 ** 30);
    const started = Date.now();
    const run = runCli(['extract', '--format', 'json', '--max-size', '2G', good, sparse]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.status).toBe(2);
    expect(stderrLines(run, 1)[0]).toMatch(/sparse\.txt: binary file, not text$/);
    goodFactKept(run);
    const limited = runCli(['extract', '--format', 'json', good, sparse]);
    expect(stderrLines(limited, 1)[0]).toMatch(/sparse\.txt: larger than 64 MB/);
  }, 30_000);

  it('--jobs past the cores is cut to them, with a note; --force-jobs keeps it', () => {
    const cores = availableParallelism();
    const run = runCli(['extract', '--format', 'json', '--jobs', String(cores + 1), good]);
    expect(run.status).toBe(0);
    expect(stderrLines(run, 1)[0]).toBe(`factdiff: --jobs ${cores + 1}: this machine has ${cores} ${cores === 1 ? 'core' : 'cores'}; using ${cores} threads (--force-jobs to use ${cores + 1})`);
    const forced = runCli(['extract', '--format', 'json', '--jobs', String(cores + 1), '--force-jobs', good]);
    expect(forced.stderr).toBe('');
  });

  it('a ReDoS pattern inside a lookbehind does not pass the backtracking check', () => {
    const packs = folder();
    writeFileSync(join(packs, 'de.yaml'), 'lang: de\nrules:\n  - id: slow\n    kind: ignore\n    pattern: "x(?<=(a+)+$)"\n');
    const run = runCli(['extract', '--rules', packs, good]);
    expect(run.status).toBe(2);
    expect(stderrLines(run, 1)[0]).toMatch(/de\.yaml:5:\d+: rules\[0\]\.pattern: pattern is prone to catastrophic backtracking/);
  }, 30_000);
});

describe('wrong answers with exit 0', () => {
  it('UTF-32 with a BOM is read as UTF-32, not as UTF-16', () => {
    const utf32 = join(folder(), 'wide.de.txt');
    const units = [0xfeff, ...[...GOOD].map((c) => c.codePointAt(0)!)];
    const bytes = Buffer.alloc(units.length * 4);
    units.forEach((u, i) => bytes.writeUInt32LE(u, i * 4));
    writeFileSync(utf32, bytes);
    const run = runCli(['extract', '--format', 'json', utf32]);
    expect(run.status).toBe(0);
    expect(json(run).documents[0].facts).toEqual([expect.objectContaining({ type: 'money', value: 5000000, text: '5 Millionen Euro' })]);
  });

  it('NUL bytes after the first 8 KB make a binary file', () => {
    const late = join(folder(), 'late.txt');
    writeFileSync(late, Buffer.concat([Buffer.from(GOOD.repeat(200)), Buffer.from([0, 0, 0, 1, 2])]));
    const run = runCli(['extract', '--format', 'json', good, late]);
    expect(run.status).toBe(2);
    expect(stderrLines(run, 1)[0]).toMatch(/late\.txt: binary file, not text$/);
    goodFactKept(run);
  });

  it('a 10 000-digit number is left out with a note, never "value": null', () => {
    const huge = join(folder(), 'huge.de.txt');
    writeFileSync(huge, `Die Zahl ${'9'.repeat(10_000)} ist groß. ${GOOD}`);
    const run = runCli(['extract', '--format', 'json', huge]);
    expect(run.status).toBe(0);
    expect(stderrLines(run, 1)[0]).toMatch(/huge\.de\.txt: 1:10: "9+…9+" is larger than factdiff holds exactly \(2\^53\); left out$/);
    expect(run.stdout).not.toMatch(/null|Infinity/);
    expect(json(run).documents[0].facts).toEqual([expect.objectContaining({ value: 5000000 })]);
  });

  it('"tausend Milliarden Euro" and "a thousand billion euros" (a scale word counting alone before a larger one) are 10^12, and agree', () => {
    const story = folder();
    writeFileSync(join(story, 'debt.de.txt'), 'Die Schulden betragen tausend Milliarden Euro.\n');
    writeFileSync(join(story, 'debt.en.txt'), 'The debt is a thousand billion euros.\n');
    const extracted = runCli(['extract', '--format', 'json', '--types', 'money', story]);
    expect(extracted.status).toBe(0);
    expect(json(extracted).documents.map((d: { facts: unknown[] }) => d.facts)).toEqual([
      [expect.objectContaining({ text: 'tausend Milliarden Euro', value: 1e12, currency: 'EUR' })],
      [expect.objectContaining({ text: 'thousand billion euros', value: 1e12, currency: 'EUR' })],
    ]);
    const reconciled = runCli(['reconcile', '--format', 'json', '--types', 'money', story]);
    expect(json(reconciled).groups).toEqual([expect.objectContaining({ type: 'money', status: 'agree', value: 1e12 })]);
  });

  it('--facts refuses 1e400, negative and reversed offsets, each line named', () => {
    const [line] = factLines();
    const f = JSON.parse(line!);
    const bad = [
      line!.replace('"value":5000000', '"value":1e400'),
      JSON.stringify({ ...f, start: -3 }),
      JSON.stringify({ ...f, start: f.end, end: f.start }),
    ];
    const run = runCli(['reconcile', '--format', 'json', '--facts', '-'], { input: `${[line, ...bad].join('\n')}\n` });
    expect(run.status).toBe(2);
    const lines = stderrLines(run, 3);
    expect(lines[0]).toMatch(/^factdiff: -:2: .*value must be number,string/);
    expect(lines[1]).toMatch(/^factdiff: -:3: .*start must be >= 0/);
    expect(lines[2]).toMatch(/^factdiff: -:4: .*end \d+ is before start \d+/);
    expect(json(run).groups).toHaveLength(1);
  });

  it('one file given twice is read once and does not agree with itself', () => {
    const run = runCli(['reconcile', '--format', 'json', good, good]);
    expect(run.status).toBe(0);
    expect(stderrLines(run, 1)[0]).toBe(`factdiff: ${good}: the same file as ${good}: read once`);
    expect(json(run).documents).toHaveLength(1);
    expect(json(run).groups.map((g: { status: string }) => g.status)).toEqual(['single']);
  });

  it('--ref-date 0050-06-01 stays the year 50; year 0000 is refused', () => {
    const partial = join(folder(), 'partial.de.txt');
    writeFileSync(partial, 'Am 24. August wurde er freigelassen.\n');
    const run = runCli(['extract', '--format', 'json', '--ref-date', '0050-06-01', partial]);
    expect(run.status).toBe(0);
    expect(json(run).documents[0].facts).toEqual([expect.objectContaining({ type: 'date', value: '0050-08-24' })]);
    const zero = runCli(['extract', '--ref-date', '0000-06-01', partial]);
    expect(zero.status).toBe(2);
    expect(stderrLines(zero, 1)[0]).toMatch(/--ref-date: '0000-06-01' is not a date/);
  });

  it('check | head gives the exit code of the unpiped run', async () => {
    const unpiped = runCli(['check', SEEDS]);
    expect(unpiped.status).toBe(1);
    const status = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'check', SEEDS], { stdio: ['ignore', 'pipe', 'ignore'] });
      // The reader goes away before the first byte, as `head -c 0` does.
      child.stdout.destroy();
      child.on('close', resolve);
    });
    expect(status).toBe(1);
  });
});

describe('injection and data loss', () => {
  it('a file name holding newlines cannot forge factdiff: or ::error lines', () => {
    const named = folder();
    const forged = join(named, 'x\nfactdiff: forged\n::error file=a,line=1::forged.txt');
    writeFileSync(forged, Buffer.from([0, 1, 2, 3]));
    const run = runCli(['extract', '--format', 'json', good, forged]);
    expect(run.status).toBe(2);
    expect(stderrLines(run, 1)[0]).toContain('x\\nfactdiff: forged\\n::error file=a,line=1::forged.txt: binary file, not text');
    const pretty = runCli(['check', '--format', 'pretty', '--fail-on', 'none', good, forged]);
    expect(pretty.stdout.split('\n').some((l) => l.startsWith('::') || l.startsWith('factdiff: forged'))).toBe(false);
  });

  it('--write-baseline onto one of the inputs: refused, the document untouched', () => {
    const story = folder();
    const input = join(story, 'bail.de.txt');
    writeFileSync(input, GOOD);
    const before = statSync(input).mtimeMs;
    const run = runCli(['check', '--write-baseline', input, story]);
    expect(run.status).toBe(2);
    expect(stderrLines(run, 1)[0]).toBe(`factdiff: --write-baseline ${input}: is one of the inputs; not overwritten`);
    expect(readFileSync(input, 'utf8')).toBe(GOOD);
    expect(statSync(input).mtimeMs).toBe(before);
  });

  it('--write-baseline replaces the file whole (a temporary file renamed), leaving no temporary file', () => {
    const out = folder();
    const baseline = join(out, 'known.json');
    writeFileSync(baseline, 'old\n');
    const run = runCli(['check', '--quiet', '--write-baseline', baseline, SEEDS]);
    expect(run.status).toBe(0);
    const written = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(written.accepted.length).toBeGreaterThan(0);
    expectValid(schemaValidators().baseline, written);
    expect(spawnSync('ls', ['-A', out], { encoding: 'utf8' }).stdout.trim().split('\n')).toEqual(['known.json']);
  });
});
