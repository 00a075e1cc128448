// factdiff check: reconcile, printing only the discrepancies; exit 1 when there are any of the
// kinds in --fail-on that no --baseline accepts. Baseline fingerprints name paths relative to
// the baseline file's folder, so a baseline matches from whichever folder check runs.
import { dirname, resolve } from 'node:path';
import { checkAsReconcile } from '../../format/checkAsReconcile.js';
import type { CheckFormatter, StaleEntry } from '../../format/CheckFormatter.js';
import { checkGithub } from '../../format/checkGithub.js';
import { checkPretty } from '../../format/checkPretty.js';
import { checkSarif } from '../../format/checkSarif.js';
import { htmlReport } from '../../format/html/htmlReport.js';
import type { StoryResult } from '../../format/ReconcileFormatter.js';
import { rebaseStory } from '../../io/rebaseStory.js';
import { DEFAULT_MAX_BYTES } from '../../io/readDocument.js';
import { checkWritable, WriteError, writeFileAtomic } from '../../io/writeFileAtomic.js';
import { baselineOf } from '../../reconcile/baseline.js';
import { discrepanciesOf, kindsFor, type Discrepancy, type DiscrepancyKind, type FailOn } from '../../reconcile/discrepancies.js';
import type { StoryAlignment } from '../../reconcile/types.js';
import type { InputError } from '../../types.js';
import type { CliIo } from '../io.js';
import { parseMinConfidence, parseSize, parseTolerance } from '../options.js';
import { OutputError } from '../OutputError.js';
import { readBaseline } from '../readBaseline.js';
import { storyTexts } from '../storyTexts.js';
import { VERSION } from '../version.js';
import { formatter, reconciled, storiesOf, type ReconcileOptions } from './reconcile.js';

export interface CheckOptions extends ReconcileOptions {
  failOn: FailOn;
  minConfidence?: string;
  baseline?: string;
  writeBaseline?: string;
}

function checkFormatter(options: CheckOptions, io: CliIo, kinds: readonly DiscrepancyKind[]): CheckFormatter {
  switch (options.format) {
    case 'pretty':
      return checkPretty(io.chalk, kinds);
    case 'sarif':
      return checkSarif(VERSION);
    case 'github':
      return checkGithub();
    case 'html':
      return htmlReport({ title: 'factdiff check', version: VERSION });
    default:
      return checkAsReconcile(formatter(options.format, options, io));
  }
}

/** A story's discrepancies with the paths in their fingerprints relative to a folder. */
function discrepanciesFrom(result: StoryResult, kinds: readonly DiscrepancyKind[], minConfidence: number, folder: string): Discrepancy[] {
  const rebased = rebaseStory(result, folder);
  return discrepanciesOf(rebased.name, rebased.documents.map((d) => d.path), rebased.groups, kinds, minConfidence);
}

/** --write-baseline written over no input, atomically; a place it may not write is one line, exit 2. */
function writeBaseline(file: string, text: string, inputs: readonly string[]): void {
  try {
    writeFileAtomic(file, text, inputs);
  } catch (e) {
    if (e instanceof WriteError) throw new OutputError(`--write-baseline ${file}: ${e.message}`);
    throw e;
  }
}

/** --write-baseline checked before the run: a file it may not replace fails at once, before any work. */
function writableOrThrow(file: string, inputs: readonly string[]): void {
  try {
    checkWritable(file, inputs);
  } catch (e) {
    if (e instanceof WriteError) throw new OutputError(`--write-baseline ${file}: ${e.message}`);
    throw e;
  }
}

const folderOf = (file: string | undefined) => (file === undefined ? undefined : dirname(resolve(file)));

export async function checkCommand(paths: string[], options: CheckOptions, io: CliIo): Promise<number> {
  const tolerance = parseTolerance(options.tolerance);
  const kinds = kindsFor(options.failOn);
  const minConfidence = parseMinConfidence(options.minConfidence);
  const read = options.baseline === undefined ? undefined : readBaseline(options.baseline, parseSize(options.maxSize, DEFAULT_MAX_BYTES));
  if (Array.isArray(read)) {
    for (const message of read) io.inputError({ path: `--baseline ${options.baseline}`, message });
    return 2;
  }
  const baseline = read;
  // The baseline may be rewritten in place (--baseline b.json --write-baseline b.json): it is no input to protect.
  const inputs = [...paths, ...(options.facts ? [options.facts] : []), ...(options.baseline && resolve(options.baseline) !== resolve(options.writeBaseline ?? '') ? [options.baseline] : [])];
  if (options.writeBaseline) writableOrThrow(options.writeBaseline, inputs);
  const readFolder = folderOf(options.baseline);
  const writeFolder = folderOf(options.writeBaseline);
  const errors: InputError[] = [];
  const report = (e: InputError) => {
    errors.push(e);
    io.inputError(e);
  };
  const out = checkFormatter(options, io, kinds);
  const matched = new Set<string>();
  const toWrite: Discrepancy[] = [];
  let accepted = 0;
  let failing = 0;
  await io.write(out.begin());
  const documentsRead: string[] = [];
  for await (const input of storiesOf(paths, options, io, report, documentsRead)) {
    let sentences: StoryAlignment | undefined;
    const result = reconciled(input, tolerance, options.source, options.format === 'html' ? (a) => (sentences = a) : undefined);
    const found = discrepanciesOf(result.name, result.documents.map((d) => d.path), result.groups, kinds, minConfidence);
    const asBaselineSees = baseline && readFolder ? discrepanciesFrom(result, kinds, minConfidence, readFolder).map((d) => d.fingerprint) : [];
    const fresh = found.filter((_, i) => {
      const fingerprint = asBaselineSees[i];
      if (fingerprint === undefined || !baseline?.fingerprints.has(fingerprint)) return true;
      matched.add(fingerprint);
      accepted++;
      return false;
    });
    if (writeFolder) toWrite.push(...discrepanciesFrom(result, kinds, minConfidence, writeFolder));
    failing += fresh.length;
    const texts = options.format === 'html' ? storyTexts(result.documents.map((d) => d.path)) : undefined;
    await io.write(out.story({ result, discrepancies: fresh, ...(texts ? { texts } : {}), ...(sentences ? { sentences } : {}) }));
  }
  const stale: StaleEntry[] = (baseline?.entries ?? []).filter((e) => (kinds as readonly string[]).includes(e.kind) && !matched.has(e.fingerprint));
  for (const s of stale) io.warn(`factdiff: ${options.baseline}: stale entry, no longer found: ${s.kind} ${s.type} ${s.value}${s.story ? ` in ${s.story}` : ''}`);
  await io.write(out.end({ errors, accepted, stale }));
  if (options.writeBaseline) {
    writeBaseline(options.writeBaseline, `${JSON.stringify(baselineOf(toWrite), null, 2)}\n`, [...inputs, ...documentsRead]);
    const dropped = stale.length && options.baseline && resolve(options.baseline) === resolve(options.writeBaseline) ? ` (${stale.length} stale left out)` : '';
    io.warn(`factdiff: wrote ${toWrite.length} known ${toWrite.length === 1 ? 'discrepancy' : 'discrepancies'} to ${options.writeBaseline}${dropped}`);
    return errors.length ? 2 : 0;
  }
  if (errors.length) return 2;
  return options.failOn !== 'none' && failing ? 1 : 0;
}
