// The bench corpus: the seed articles and every corpus found in ../shared/corpora, named
// NAME.LANG.txt so --group-by stem sees their stories, copied as often as needed to reach
// a size, one folder per copy. Written to a temporary folder, never into the repository.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

function textFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? textFiles(join(dir, e.name)) : /\.(txt|md)$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** ntrex-a/<story>/<lang>.txt → <story>.<lang>.txt; a seed keeps its name, language undetermined. */
function documentName(root, file) {
  const m = /^([a-z]{2})\.txt$/.exec(basename(file));
  if (m) return `${relative(root, dirname(file)).replace(/[\\/]/g, '_')}.${m[1]}.txt`;
  return `${basename(file).replace(/\.(txt|md)$/, '')}.und.txt`;
}

/** The base documents: { name, lang, text }, and a note of where they came from. */
export function baseDocuments(repoRoot) {
  const docs = [];
  const notes = [];
  const seeds = join(repoRoot, 'seeds');
  for (const file of textFiles(seeds)) docs.push({ name: `seeds_${documentName(seeds, file)}`, text: readFileSync(file, 'utf8') });
  notes.push(`seeds/: ${docs.length} articles`);
  const corpora = join(repoRoot, '..', 'shared', 'corpora');
  if (!existsSync(corpora)) {
    notes.push(`${corpora} not found: the corpus is the seed articles alone (five languages, not eight)`);
    return { docs, notes };
  }
  for (const name of readdirSync(corpora).sort()) {
    const root = join(corpora, name);
    if (!statSync(root).isDirectory()) continue;
    const files = textFiles(root);
    for (const file of files) docs.push({ name: `${name}_${documentName(root, file)}`, text: readFileSync(file, 'utf8') });
    notes.push(`../shared/corpora/${name}: ${files.length} documents`);
  }
  return { docs, notes };
}

export const langOf = (doc) => /\.([a-z]{2,3})\.txt$/.exec(doc.name)[1];

/** Copies of the base documents in copy-000/, copy-001/ … until `minBytes` are written. */
export function writeCorpus(dir, docs, minBytes) {
  const copyBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const copies = [];
  for (let k = 0; copies.length * copyBytes < minBytes; k++) {
    const folder = join(dir, `copy-${String(k).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (const d of docs) writeFileSync(join(folder, `c${k}_${d.name}`), d.text);
    copies.push(folder);
  }
  return { copies, copyBytes, files: docs.length };
}
