// npm run bench [-- --runs N] [-- --quick]: how fast factdiff is, against its targets.
// Runs the built CLI (dist/, so `npm run build` first) on a corpus of at least 50 MB
// (5 MB with --quick) made from seeds/ and ../shared/corpora in a temporary folder, and
// prints medians of N runs (default 3). Timed runs are sized to take about --budget seconds
// each (default 40, 8 with --quick): a slow engine is measured on part of the corpus, and
// the output says on how much. Writes nothing into the repository.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseDocuments, langOf, writeCorpus } from './corpus.js';
import { median, runMedian, runOnce } from './measure.js';
import { compareWithRecognizers } from './recognizers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MB = 1e6;
const GB = 1e9;
const FIGURES = ['--types', 'number,percent,money,date,time,score'];

function options(argv) {
  const quick = argv.includes('--quick');
  const value = (name, fallback) => {
    const i = argv.indexOf(name);
    if (i < 0) return fallback;
    const n = Number(argv[i + 1]);
    if (!(n > 0)) throw new Error(`${name} needs a positive number`);
    return n;
  };
  if (argv.includes('--help')) {
    console.log('usage: npm run bench [-- --runs N] [-- --quick] [-- --budget SECONDS]');
    process.exit(0);
  }
  return { quick, runs: Math.round(value('--runs', 3)), budget: value('--budget', quick ? 8 : 40), corpusBytes: (quick ? 5 : 50) * MB };
}

const fmt = (n, digits = 1) => (n >= 100 ? n.toFixed(0) : n.toFixed(digits));
const mbs = (bytes, ms) => bytes / MB / (ms / 1000);

/** Throughput with the start-up (the same command on a one-line file) taken off. */
const netRate = (bytes, ms, startupMs) => mbs(bytes, Math.max(1, ms - startupMs));

/** A story of 100 versions of 1 000 facts each, from the facts extracted from the corpus, as NDJSON. */
function hundredByThousand(factsNdjson) {
  const byLang = new Map();
  for (const line of factsNdjson.split('\n')) {
    if (!line) continue;
    const f = JSON.parse(line);
    if (!byLang.has(f.lang)) byLang.set(f.lang, []);
    byLang.get(f.lang).push(f);
  }
  const langs = [...byLang.keys()].filter((l) => l !== 'und').sort();
  const out = [];
  for (let v = 0; v < 100; v++) {
    const lang = langs[v % langs.length];
    const facts = byLang.get(lang);
    let at = 0;
    for (let j = 0, kept = 0; kept < 1000; j++) {
      const f = facts[j % facts.length];
      // A few facts missing from each version, as in real translations.
      if ((j + v) % 37 === 0) continue;
      const start = at;
      at += f.text.length + 40;
      out.push(JSON.stringify({ ...f, path: `/bench/story/version${String(v).padStart(3, '0')}.${lang}.txt`, start, end: start + f.text.length, line: kept + 1, column: 1, sentence: kept }));
      kept++;
    }
  }
  return `${out.join('\n')}\n`;
}

/** A plain digit regex over the texts: the ceiling for anything that must at least find the digits. */
function digitScanRate(docs, bytes) {
  const digits = /\p{Nd}+/gu;
  let scanned = 0;
  let found = 0;
  const t0 = process.hrtime.bigint();
  while (scanned < bytes) {
    for (const d of docs) {
      found += d.text.match(digits)?.length ?? 0;
      scanned += Buffer.byteLength(d.text);
    }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { rate: mbs(scanned, ms), found };
}

/** Copies of the corpus to time so that one run takes about `budget` seconds at `rate` MB/s. */
function copiesFor(rate, budget, corpus) {
  return Math.max(1, Math.min(corpus.copies.length, Math.ceil((rate * MB * budget) / corpus.copyBytes)));
}

/** Peak memory at `bytes` of input, on the line through two measurements (never falling). */
function rssAt(bytes, a, b) {
  if (b.bytes === a.bytes) return b.rssMb;
  return b.rssMb + Math.max(0, (b.rssMb - a.rssMb) / (b.bytes - a.bytes)) * (bytes - b.bytes);
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('no dist/: run `npm run build` first');
  const rows = [];
  const notes = [];
  const row = (what, value, target, ok, note = '') => rows.push({ what, value, target, ok, note });
  const say = (line) => process.stderr.write(`bench: ${line}\n`);

  console.log(`factdiff bench: ${availableParallelism()} cores, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at the start; medians of ${opts.runs} runs${opts.quick ? ' (--quick)' : ''}`);
  const tmp = mkdtempSync(join(tmpdir(), 'factdiff-bench-'));
  try {
    const { docs, notes: sources } = baseDocuments(ROOT);
    for (const s of sources) console.log(`  ${s}`);
    const corpus = writeCorpus(join(tmp, 'corpus'), docs, opts.corpusBytes);
    const langs = new Set(docs.map(langOf).filter((l) => l !== 'und'));
    console.log(`  corpus: ${fmt((corpus.copies.length * corpus.copyBytes) / MB)} MB, ${corpus.copies.length} copies of ${corpus.files} documents (${fmt(corpus.copyBytes / MB, 2)} MB), languages ${[...langs].sort().join(' ')}`);
    const tiny = join(tmp, 'tiny.en.txt');
    writeFileSync(tiny, 'The bail was set at 5 million euros on 24 August 2024.\n');
    const article = join(ROOT, 'seeds', '000_1b68fa9291bf1cee.txt');
    const facts = join(tmp, 'facts.ndjson');
    const bytesOf = (n) => n * corpus.copyBytes;

    say('start-up');
    const version = await runMedian(opts.runs * 3, ['--version'], { plainBin: true });
    row('start-up: --version', `${fmt(version.ms, 0)} ms`, '≤ 120 ms', version.ms <= 120);
    const first = await runMedian(opts.runs, ['extract', '--format', 'ndjson', article], { plainBin: true });
    row('start-up: first fact of one article', `${fmt(first.firstByteMs, 0)} ms`, '≤ 300 ms', first.firstByteMs <= 300, 'time to the first byte of NDJSON');

    say('calibrating');
    const figuresArgs = ['extract', '--format', 'ndjson', '--group-by', 'stem', '--jobs', '1', ...FIGURES];
    const entitiesArgs = ['extract', '--format', 'ndjson', '--group-by', 'stem'];
    const figuresStartup = (await runMedian(opts.runs, [...figuresArgs, tiny])).ms;
    const entitiesStartup = (await runMedian(opts.runs, [...entitiesArgs, '--jobs', '1', tiny])).ms;
    const oneCopy = await runOnce([...entitiesArgs, '--jobs', '1', corpus.copies[0]]);
    const figuresCopies = copiesFor(netRate(corpus.copyBytes, (await runOnce([...figuresArgs, corpus.copies[0]])).ms, figuresStartup), opts.budget, corpus);
    // At least two copies where there are two, for memory at two sizes.
    const entitiesCopies = Math.max(Math.min(2, corpus.copies.length), copiesFor(netRate(corpus.copyBytes, oneCopy.ms, entitiesStartup), opts.budget, corpus));
    const share = (n) => (n === corpus.copies.length ? 'the whole corpus' : `${fmt(bytesOf(n) / MB)} MB of the corpus (--budget)`);

    say(`extract, figures only, on ${fmt(bytesOf(figuresCopies) / MB)} MB`);
    const figures = await runMedian(opts.runs, [...figuresArgs, ...corpus.copies.slice(0, figuresCopies)]);
    const figuresRate = netRate(bytesOf(figuresCopies), figures.ms, figuresStartup);
    row('extract MB/s, figures only (1 thread)', `${fmt(figuresRate, 2)} MB/s`, '≥ 25 MB/s', figuresRate >= 25, `${share(figuresCopies)}; start-up of ${fmt(figuresStartup / 1000, 2)} s taken off`);

    say(`extract, with entities, on ${fmt(bytesOf(entitiesCopies) / MB)} MB, --jobs 1 and 2`);
    const someCopies = corpus.copies.slice(0, entitiesCopies);
    const jobs1 = await runMedian(opts.runs, [...entitiesArgs, '--jobs', '1', ...someCopies], { outFile: facts });
    const entitiesRate = netRate(bytesOf(entitiesCopies), jobs1.ms, entitiesStartup);
    row('extract MB/s, with entities (1 thread)', `${fmt(entitiesRate, 2)} MB/s`, '≥ 8 MB/s', entitiesRate >= 8, `${share(entitiesCopies)}; start-up of ${fmt(entitiesStartup / 1000, 2)} s taken off`);
    const jobs2 = await runMedian(opts.runs, [...entitiesArgs, '--jobs', '2', ...someCopies]);
    const speedup = jobs1.ms / jobs2.ms;
    row('extract --jobs 2 vs --jobs 1', `${fmt(speedup, 2)}×`, '≥ 1.7×', speedup >= 1.7, `wall time, ${fmt(jobs1.ms / 1000)} s vs ${fmt(jobs2.ms / 1000)} s on ${corpus.files * entitiesCopies} files`);

    say('peak memory');
    // The smaller size well past the first copy where there is room: the first pays for warming up.
    const halfCopies = Math.ceil(entitiesCopies / 2);
    const smaller = entitiesCopies >= 4 ? { bytes: bytesOf(halfCopies), rssMb: (await runOnce([...entitiesArgs, '--jobs', '1', ...someCopies.slice(0, halfCopies)])).rssMb } : { bytes: corpus.copyBytes, rssMb: oneCopy.rssMb };
    const streamed = rssAt(GB, smaller, { bytes: bytesOf(entitiesCopies), rssMb: jobs1.rssMb });
    row('peak RSS on 1 GB, --group-by stem', `${fmt(streamed, 0)} MB`, '≤ 300 MB', streamed <= 300, `extrapolated: ${fmt(smaller.rssMb, 0)} MB at ${fmt(smaller.bytes / MB)} MB, ${fmt(jobs1.rssMb, 0)} MB at ${fmt(bytesOf(entitiesCopies) / MB)} MB`);
    // One story of all documents holds the facts of all of them: what it takes beyond the
    // streamed run grows with the input.
    const whole = await runOnce(['extract', '--format', 'ndjson', '--jobs', '1', ...someCopies]);
    const held = Math.max(0, whole.rssMb - jobs1.rssMb);
    const together = streamed + (held * GB) / bytesOf(entitiesCopies);
    row('peak RSS on 1 GB, one story (default)', `${fmt(together, 0)} MB`, '≤ 300 MB', together <= 300, `extrapolated: ${fmt(whole.rssMb, 0)} MB at ${fmt(bytesOf(entitiesCopies) / MB)} MB, ${fmt(held, 0)} MB more than streamed, held for all documents`);

    say('reconcile');
    const factsText = readFileSync(facts, 'utf8');
    const factCount = factsText.split('\n').filter(Boolean).length;
    const reconcile = await runMedian(opts.runs, ['reconcile', '--facts', facts, '--group-by', 'stem', '--format', 'ndjson']);
    const stories = docs.length ? new Set(docs.map((d) => d.name.replace(/\.[a-z]{2,3}\.txt$/, ''))).size * entitiesCopies : 0;
    row('reconcile facts/s', `${fmt(factCount / (reconcile.ms / 1000), 0)} facts/s`, '', undefined, `${factCount} facts of ${stories} stories, --facts, start-up included`);
    row('reconcile stories/s', `${fmt(stories / (reconcile.ms / 1000), 0)} stories/s`, '', undefined);
    const big = join(tmp, 'hundred.ndjson');
    writeFileSync(big, hundredByThousand(factsText));
    const hundred = await runMedian(opts.runs, ['reconcile', '--facts', big, '--format', 'json']);
    row('reconcile 100 documents × 1 000 facts', `${fmt(hundred.ms / 1000, 2)} s`, '≤ 1 s', hundred.ms <= 1000, 'one story, --facts, start-up included');

    say('digit scan and Recognizers-Text');
    const scan = digitScanRate(docs, opts.corpusBytes);
    row('digit regex scan (ceiling)', `${fmt(scan.rate, 0)} MB/s`, '', undefined, '/\\p{Nd}+/gu over the texts in memory');
    const rt = await compareWithRecognizers(docs, opts.quick ? 1.5 : 5);
    if (rt.skipped) notes.push(`Recognizers-Text skipped: ${rt.skipped}`);
    else {
      for (const r of rt.rows) {
        row(`vs Recognizers-Text, ${r.lang}`, `${fmt(r.ratio, 0)}×`, '≥ 100×', r.ratio >= 100, `ours ${fmt(r.ours, 2)} MB/s, theirs ${fmt(r.theirs, 3)} MB/s on ${fmt(r.bytes / 1000)} KB`);
      }
      const ratio = median(rt.rows.map((r) => r.ratio));
      row('vs Recognizers-Text (median)', `${fmt(ratio, 0)}×`, '≥ 100×', ratio >= 100, 'numbers, money, dates');
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const width = (k) => Math.max(...rows.map((r) => r[k].length));
  console.log('');
  for (const r of rows) {
    const mark = r.ok === undefined ? ' ' : r.ok ? '✓' : '✗';
    console.log(`${r.what.padEnd(width('what'))}  ${r.value.padStart(width('value'))}  ${r.target.padEnd(width('target'))} ${mark}  ${r.note}`);
  }
  for (const n of notes) console.log(n);
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.message}\n`);
  process.exitCode = 1;
});
