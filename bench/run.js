// npm run bench [-- --runs N] [-- --quick]: how fast factdiff is, against its targets.
// Runs the built CLI (dist/, so `npm run build` first) on a corpus of at least 50 MB
// (5 MB with --quick) made from seeds/ and ../shared/corpora in a temporary folder, and
// prints medians of N runs (default 3). Timed runs are sized to take about --budget seconds
// each (default 40, 8 with --quick): a slow engine is measured on part of the corpus, and
// the output says on how much. Peak memory is measured on a real input of --memory-mb
// megabytes (default 1000: 1 GB, written to the temporary folder; 0 leaves it out), never
// extrapolated; --only linearity,memory,reconcile runs only those parts. Writes nothing into the repository.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseDocuments, langOf, writeCorpus } from './corpus.js';
import { median, runMedian, runOnce } from './measure.js';
import { compareWithRecognizers } from './recognizers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MB = 1e6;
const FIGURES = ['--types', 'number,percent,money,date,ordinal,time,weekday,score,identifier'];

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
    console.log('usage: npm run bench [-- --runs N] [-- --quick] [-- --budget SECONDS] [-- --memory-mb MB] [-- --linear-kb KB] [-- --only linearity,memory,reconcile]');
    process.exit(0);
  }
  const memoryAt = argv.indexOf('--memory-mb');
  const memoryMb = memoryAt < 0 ? 1000 : Number(argv[memoryAt + 1]);
  if (!(memoryMb >= 0)) throw new Error('--memory-mb needs a number of megabytes (0: no memory run)');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt < 0 ? undefined : new Set(String(argv[onlyAt + 1]).split(','));
  return {
    quick,
    runs: Math.round(value('--runs', 3)),
    budget: value('--budget', quick ? 8 : 40),
    corpusBytes: (quick ? 5 : 50) * MB,
    memoryBytes: memoryMb * MB,
    linearBytes: value('--linear-kb', quick ? 100 : 400) * 1000,
    only,
  };
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

/** Files of one language's documents, copied in order into `dir` until `bytes` are written. */
function languageFolder(dir, docs, bytes) {
  mkdirSync(dir, { recursive: true });
  let written = 0;
  for (let k = 0; written < bytes; k++) {
    for (const d of docs) {
      if (written >= bytes) break;
      writeFileSync(join(dir, `c${k}_${d.name}`), d.text);
      written += Buffer.byteLength(d.text);
    }
  }
  return written;
}

/**
 * Extract time against input size, per language, in one run: a folder of the language's
 * documents of N bytes and one of 2N, names included, one thread; the time of one short
 * document (start-up, the pack's compilation) taken off both. Linear: 2× input ≤ 2.2× time.
 */
async function linearity(opts, { tmp, docs, langs, row, say }) {
  const args = ['extract', '--format', 'ndjson', '--group-by', 'stem', '--jobs', '1'];
  // The languages with a rule pack; the others are read by the fallback pack, measured with it.
  const packed = new Set(readdirSync(join(ROOT, 'rules')).map((f) => f.replace(/\.yaml$/, '')));
  for (const lang of [...langs].filter((l) => packed.has(l)).sort()) {
    const own = docs.filter((d) => langOf(d) === lang);
    say(`linearity, ${lang}: ${fmt(opts.linearBytes / 1000)} KB and ${fmt((2 * opts.linearBytes) / 1000)} KB`);
    const small = languageFolder(join(tmp, 'linear', lang, 'small'), own, opts.linearBytes);
    const large = languageFolder(join(tmp, 'linear', lang, 'large'), own, 2 * opts.linearBytes);
    const short = join(tmp, 'linear', lang, `short.${lang}.txt`);
    writeFileSync(short, own[0].text.slice(0, 300));
    const startup = (await runMedian(opts.runs, [...args, short])).ms;
    const a = Math.max(1, (await runMedian(opts.runs, [...args, join(tmp, 'linear', lang, 'small')])).ms - startup);
    const b = Math.max(1, (await runMedian(opts.runs, [...args, join(tmp, 'linear', lang, 'large')])).ms - startup);
    const ratio = b / a;
    row(`extract time, ${lang}: 2× input`, `${fmt(ratio, 2)}× time`, '≤ 2.2×', ratio <= 2.2, `${fmt(a / 1000, 2)} s on ${fmt(small / 1000)} KB, ${fmt(b / 1000, 2)} s on ${fmt(large / 1000)} KB; start-up of ${fmt(startup / 1000, 2)} s taken off`);
  }
  rmSync(join(tmp, 'linear'), { recursive: true, force: true });
}

/** Peak memory of one run over a real input of opts.memoryBytes (1 GB by default), names included, --group-by stem. */
async function memory(opts, { tmp, docs, row, say }) {
  const folder = join(tmp, 'memory');
  say(`peak memory: writing ${fmt(opts.memoryBytes / MB)} MB`);
  const corpus = writeCorpus(folder, docs, opts.memoryBytes);
  const bytes = corpus.copies.length * corpus.copyBytes;
  say(`peak memory: extract --group-by stem over ${fmt(bytes / MB)} MB (${corpus.copies.length * corpus.files} files), one thread`);
  const run = await runOnce(['extract', '--format', 'ndjson', '--group-by', 'stem', '--jobs', '1', ...corpus.copies]);
  row(`peak RSS on ${fmt(bytes / MB)} MB, --group-by stem, names`, `${fmt(run.rssMb, 0)} MB`, '≤ 300 MB', run.rssMb <= 300, `measured, not extrapolated: ${corpus.copies.length * corpus.files} files in ${fmt(run.ms / 1000, 0)} s (${fmt(mbs(bytes, run.ms), 2)} MB/s)`);
  rmSync(folder, { recursive: true, force: true });
}

/** Start-up, throughput, threads, reconcile and the comparison with Recognizers-Text. */
async function speed(opts, { tmp, docs, corpus, langs, row, notes, say }) {
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

  const stories = docs.length ? new Set(docs.map((d) => d.name.replace(/\.[a-z]{2,3}\.txt$/, ''))).size * entitiesCopies : 0;
  await reconcileSpeed(opts, { tmp, facts, stories, row, say });

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
}

/** Reconcile throughput on extracted facts, and one story of 100 versions of 1 000 facts each. */
async function reconcileSpeed(opts, { tmp, facts, stories, row, say }) {
  say('reconcile');
  const factsText = readFileSync(facts, 'utf8');
  const factCount = factsText.split('\n').filter(Boolean).length;
  const reconcile = await runMedian(opts.runs, ['reconcile', '--facts', facts, '--group-by', 'stem', '--format', 'ndjson']);
  row('reconcile facts/s', `${fmt(factCount / (reconcile.ms / 1000), 0)} facts/s`, '', undefined, `${factCount} facts of ${stories} stories, --facts, start-up included`);
  row('reconcile stories/s', `${fmt(stories / (reconcile.ms / 1000), 0)} stories/s`, '', undefined);
  const big = join(tmp, 'hundred.ndjson');
  writeFileSync(big, hundredByThousand(factsText));
  const hundred = await runMedian(opts.runs, ['reconcile', '--facts', big, '--format', 'json']);
  row('reconcile 100 documents × 1 000 facts', `${fmt(hundred.ms / 1000, 2)} s`, '≤ 1 s', hundred.ms <= 1000, 'one story, --facts, start-up included');
}

/** --only reconcile: the facts of one copy of the corpus, extracted once, then reconcileSpeed. */
async function reconcileOnly(opts, { tmp, docs, row, say }) {
  const corpus = writeCorpus(join(tmp, 'corpus'), docs, 1);
  const facts = join(tmp, 'facts.ndjson');
  say('extracting the facts of one copy of the corpus');
  await runOnce(['extract', '--format', 'ndjson', '--group-by', 'stem', ...corpus.copies.slice(0, 1)], { outFile: facts });
  const stories = new Set(docs.map((d) => d.name.replace(/\.[a-z]{2,3}\.txt$/, ''))).size;
  await reconcileSpeed(opts, { tmp, facts, stories, row, say });
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
    const langs = new Set(docs.map(langOf).filter((l) => l !== 'und'));
    if (!opts.only) {
      const corpus = writeCorpus(join(tmp, 'corpus'), docs, opts.corpusBytes);
      console.log(`  corpus: ${fmt((corpus.copies.length * corpus.copyBytes) / MB)} MB, ${corpus.copies.length} copies of ${corpus.files} documents (${fmt(corpus.copyBytes / MB, 2)} MB), languages ${[...langs].sort().join(' ')}`);
      await speed(opts, { tmp, docs, corpus, langs, row, notes, say });
    }
    if (opts.only?.has('reconcile')) await reconcileOnly(opts, { tmp, docs, row, say });
    if (!opts.only || opts.only.has('linearity')) await linearity(opts, { tmp, docs, langs, row, say });
    if (opts.memoryBytes && (!opts.only || opts.only.has('memory'))) await memory(opts, { tmp, docs, row, say });
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
