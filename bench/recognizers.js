// Our figures against Microsoft Recognizers-Text on the same sentences and the same tasks:
// numbers, money and dates (theirs: recognizeNumber, recognizeCurrency and recognizeDateTime,
// one sentence at a time as it is made for; ours: number, percent, money and date in one
// pass over the same sentences as one text). Both in this process, warmed up, language given.
import { createRequire } from 'node:module';
import { langOf } from './corpus.js';

const require = createRequire(import.meta.url);
const elapsedS = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;

async function ourExtractor() {
  const { loadPacks } = await import('../dist/packs/loadPacks.js');
  const { Extractor } = await import('../dist/extract/Extractor.js');
  return Extractor.create(loadPacks(), { types: new Set(['number', 'percent', 'money', 'date']) });
}

/** Per language: the bytes compared, both throughputs in MB/s and our ratio; or why it was skipped. */
export async function compareWithRecognizers(docs, seconds) {
  let R;
  try {
    R = require('@microsoft/recognizers-text-suite');
  } catch {
    return { skipped: '@microsoft/recognizers-text-suite is not installed (npm install)' };
  }
  const extractor = await ourExtractor();
  const tasks = [R.recognizeNumber, R.recognizeCurrency, R.recognizeDateTime];
  const cultures = { en: R.Culture.English, es: R.Culture.Spanish, pt: R.Culture.Portuguese, fr: R.Culture.French };
  const rows = [];
  for (const [lang, culture] of Object.entries(cultures)) {
    const lines = docs.filter((d) => langOf(d) === lang).flatMap((d) => d.text.split('\n').filter((l) => l.trim()));
    if (!lines.length) continue;
    for (const task of tasks) task(lines[0], culture);
    extractor.extract(lines[0], lang);

    let count = 0;
    let bytes = 0;
    let t0 = process.hrtime.bigint();
    while (count < lines.length && elapsedS(t0) < seconds) {
      for (const task of tasks) task(lines[count], culture);
      bytes += Buffer.byteLength(lines[count]) + 1;
      count++;
    }
    const theirs = bytes / elapsedS(t0) / 1e6;

    const text = lines.slice(0, count).join('\n');
    let repeats = 0;
    t0 = process.hrtime.bigint();
    do {
      extractor.extract(text, lang);
      repeats++;
    } while (elapsedS(t0) < 0.5);
    const ours = (repeats * bytes) / elapsedS(t0) / 1e6;
    rows.push({ lang, bytes, theirs, ours, ratio: ours / theirs });
  }
  return { rows };
}
