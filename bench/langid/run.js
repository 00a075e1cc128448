// Language identification candidates, measured on the NTREX corpora of ../shared/corpora
// (read where they are, never copied): accuracy on whole documents and on their single
// lines of 60 characters or more, and speed. Prints a Markdown table (the one in
// docs/language-identification.md).
//
//   cd bench/langid && npm install && node run.js [--only eld,cld3-asm] [--corpora DIR]
//
// Every library's answer is brought to ISO 639-1 the way factdiff does it: canonicalised by
// Intl (CLDR's aliases: "eng" → "en", "pes" → "fa", "iw" → "he", "zsm" → "ms"), language
// subtag only ("zh-Latn" → "zh"). A document's language is the name of its file (LANG.txt).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const HERE = fileURLToPath(new URL('.', import.meta.url));
const MIN_LINE = 60;

function argument(name) {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

/** ISO 639-1 where there is one ("eng" → "en"), else the canonical code; undefined for none. */
export function iso6391(code) {
  if (!code || code === 'und' || code === 'un' || code === 'xx') return undefined;
  try {
    return new Intl.Locale(Intl.getCanonicalLocales(code)[0]).language;
  } catch {
    return code;
  }
}

/** Each candidate: how to load it (timed), and how it names a text's language. */
const CANDIDATES = {
  'eld (large)': async () => {
    const { eld } = await import('eld/large');
    return (t) => eld.detect(t).language;
  },
  'eld (medium)': async () => {
    const { eld } = await import('eld/medium');
    return (t) => eld.detect(t).language;
  },
  'cld3-asm': async () => {
    const { loadModule } = await import('cld3-asm');
    const factory = await loadModule();
    const identifier = factory.create(0, 2000);
    return (t) => identifier.findLanguage(t).language;
  },
  'franc-all': async () => {
    const { franc } = await import('franc-all');
    return (t) => franc(t, { minLength: 3 });
  },
  franc: async () => {
    const { franc } = await import('franc');
    return (t) => franc(t, { minLength: 3 });
  },
  'franc-min': async () => {
    const { franc } = await import('franc-min');
    return (t) => franc(t, { minLength: 3 });
  },
  tinyld: async () => {
    const { detect } = await import('tinyld');
    return (t) => detect(t);
  },
  // tinyld without the invented languages it knows (Klingon, Volapük): what factdiff uses.
  'tinyld (no tlh/vol)': async () => {
    const { detect, supportedLanguages, toISO2 } = await import('tinyld');
    // ISO 639-1 codes: with its own three-letter codes, `only` misreads Greek as Berber.
    const only = supportedLanguages.filter((l) => l !== 'tlh' && l !== 'vol').map(toISO2);
    return (t) => detect(t, { only });
  },
  'tinyld (heavy)': async () => {
    const { detect } = await import('tinyld/heavy');
    return (t) => detect(t);
  },
  lande: async () => {
    const { default: lande } = await import('lande');
    return (t) => lande(t)[0]?.[0];
  },
  languagedetect: async () => {
    const LanguageDetect = require('languagedetect');
    const detector = new LanguageDetect();
    detector.setLanguageType('iso2');
    return (t) => detector.detect(t, 1)[0]?.[0];
  },
};

/** The documents of each corpus: { corpus, lang, text }. */
function documents(root) {
  const docs = [];
  for (const corpus of ['ntrex-a', 'ntrex-a-more']) {
    const dir = join(root, corpus);
    for (const story of readdirSync(dir).sort()) {
      if (!statSync(join(dir, story)).isDirectory()) continue;
      for (const file of readdirSync(join(dir, story)).sort()) {
        const m = /^([a-z]{2})\.txt$/.exec(file);
        if (m) docs.push({ corpus, lang: m[1], text: readFileSync(join(dir, story, file), 'utf8') });
      }
    }
  }
  return docs;
}

function sentences(docs) {
  return docs.flatMap((d) =>
    d.text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length >= MIN_LINE)
      .map((text) => ({ corpus: d.corpus, lang: d.lang, text })),
  );
}

function measure(detect, items) {
  const wrong = new Map();
  let right = 0;
  const start = performance.now();
  for (const item of items) {
    const got = iso6391(detect(item.text));
    if (got === item.lang) right++;
    else {
      const key = `${item.lang}→${got ?? 'none'}`;
      wrong.set(key, (wrong.get(key) ?? 0) + 1);
    }
  }
  return { right, total: items.length, ms: performance.now() - start, wrong };
}

const pct = (r) => `${((100 * r.right) / r.total).toFixed(1)}`;
const top = (wrong, n) => [...wrong].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${v}`).join(', ');

const root = argument('--corpora') ?? join(HERE, '..', '..', '..', 'shared', 'corpora');
const only = argument('--only')?.split(',');
/** --errors: every kind of error on lines, not only the most frequent four. */
const errorCount = process.argv.includes('--errors') ? Infinity : 4;
const docs = documents(root);
const lines = sentences(docs);
const byCorpus = (items, corpus) => items.filter((i) => i.corpus === corpus);
const corpora = ['ntrex-a', 'ntrex-a-more'];
console.log(`${docs.length} documents (${corpora.map((c) => `${c} ${byCorpus(docs, c).length}`).join(', ')}), ${lines.length} lines of ≥ ${MIN_LINE} characters; Node ${process.version}\n`);
console.log('| library | load ms | documents ntrex-a % | documents ntrex-a-more % | lines ≥ 60 chars % | documents/s | ms per line | most frequent errors (lines) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const [name, load] of Object.entries(CANDIDATES)) {
  if (only && !only.includes(name)) continue;
  const t0 = performance.now();
  let detect;
  try {
    detect = await load();
  } catch (e) {
    console.log(`| ${name} | failed to load: ${e.message.split('\n')[0]} | | | | | | |`);
    continue;
  }
  const loadMs = performance.now() - t0;
  const d = corpora.map((c) => measure(detect, byCorpus(docs, c)));
  const s = measure(detect, lines);
  const docsPerSecond = (d[0].total + d[1].total) / ((d[0].ms + d[1].ms) / 1000);
  console.log(
    `| ${name} | ${loadMs.toFixed(0)} | ${pct(d[0])} | ${pct(d[1])} | ${pct(s)} | ${docsPerSecond.toFixed(0)} | ${(s.ms / s.total).toFixed(3)} | ${top(s.wrong, errorCount)} |`,
  );
}
