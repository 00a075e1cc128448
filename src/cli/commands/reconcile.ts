// factdiff reconcile PATH... (or --facts FILE): line the facts of each story up across its
// versions. factdiff check: the same, printing only discrepancies, exit 1 when there are any
// of the kinds in --fail-on.
import { extractStories } from '../../extract/extractStories.js';
import { checkGithub } from '../../format/checkGithub.js';
import { checkSarif } from '../../format/checkSarif.js';
import { conflictMessage } from '../../format/conflictMessage.js';
import { reconcileJson } from '../../format/reconcileJson.js';
import { reconcileNdjson } from '../../format/reconcileNdjson.js';
import { reconcilePretty } from '../../format/reconcilePretty.js';
import { reconcileYaml } from '../../format/reconcileYaml.js';
import type { ReconcileFormatter, StoryResult } from '../../format/ReconcileFormatter.js';
import { comparePaths } from '../../io/comparePaths.js';
import { findInputs } from '../../io/findInputs.js';
import { groupStories, type GroupBy } from '../../io/groupStories.js';
import { DEFAULT_MAX_BYTES, readDocument, ReadError } from '../../io/readDocument.js';
import { readFactLines } from '../../io/readFactLines.js';
import { schemaValidator } from '../../io/schemaValidator.js';
import { WriteError, checkWritable, writeFileAtomic } from '../../io/writeFileAtomic.js';
import { baselineOf, BaselineError, parseBaseline } from '../../reconcile/baseline.js';
import { discrepanciesOf, kindsFor, type Discrepancy, type FailOn } from '../../reconcile/discrepancies.js';
import { reconcileStory } from '../../reconcile/reconcileStory.js';
import type { ExtractedDocument, InputError } from '../../types.js';
import type { CliIo } from '../io.js';
import { documentSource } from '../documentSource.js';
import { parseJobs, parseSize, parseTolerance } from '../options.js';
import { OutputError } from '../OutputError.js';
import { setupExtraction, type ExtractionOptions } from '../setupExtraction.js';
import { UsageError } from '../UsageError.js';
import { VERSION } from '../version.js';

export interface ReconcileOptions extends ExtractionOptions {
  format: 'pretty' | 'json' | 'ndjson' | 'yaml' | 'sarif' | 'github';
  groupBy: GroupBy;
  facts?: string;
  tolerance?: string;
  jobs?: string;
  forceJobs?: boolean;
}

export interface CheckOptions extends ReconcileOptions {
  failOn: FailOn;
  baseline?: string;
  writeBaseline?: string;
}

interface StoryInput {
  name: string;
  documents: ExtractedDocument[];
}

/**
 * The stories to reconcile: from facts already extracted (--facts), or extracted now from
 * PATHs. The files read are added to `read`, so that no output overwrites one.
 */
async function* storiesOf(paths: string[], options: ReconcileOptions, io: CliIo, report: (e: InputError) => void, read: string[] = []): AsyncGenerator<StoryInput> {
  const { jobs, note: jobsNote } = parseJobs(options.jobs, io.cores, options.forceJobs);
  if (jobsNote) io.warn(`factdiff: ${jobsNote}`);
  if (options.facts !== undefined) {
    if (paths.length) throw new UsageError('give either PATHs or --facts, not both');
    read.push(options.facts);
    const { documents, errors } = await readFactLines(options.facts, io.stdin, parseSize(options.maxSize, DEFAULT_MAX_BYTES));
    errors.forEach(report);
    const byPath = new Map(documents.map((d) => [d.path, d]));
    // Path order, as a folder is read: shards concatenated in any order give the same stories.
    for (const story of groupStories([...byPath.keys()].sort(comparePaths), options.groupBy)) yield { name: story.name, documents: story.files.map((p) => byPath.get(p)!) };
    return;
  }
  if (paths.length === 0) throw new UsageError("missing PATH (files, folders, or - for stdin), or --facts FILE");
  const setup = await setupExtraction(options);
  const inputs = findInputs(paths);
  read.push(...inputs.files);
  inputs.errors.forEach(report);
  const note = (n: InputError) => io.warn(`factdiff: ${n.path}: ${n.message}`);
  inputs.notes.forEach(note);
  const source = documentSource(setup, inputs, jobs, io);
  for await (const { story, documents } of extractStories(inputs.files, options.groupBy, setup.extractor, source, report, note)) yield { name: story.name, documents };
}

/** One story's result: documents in path order (so shards and single runs print the same), groups explained. */
function reconciled(input: StoryInput, tolerance: number): StoryResult {
  const documents = [...input.documents].sort((a, b) => comparePaths(a.path, b.path));
  const groups = reconcileStory(documents, { tolerance }).map((g) => (g.status === 'conflict' ? { ...g, message: conflictMessage(g) } : g));
  return { name: input.name, documents: documents.map(({ path, lang }) => ({ path, lang })), groups };
}

function formatter(format: ReconcileOptions['format'], options: ReconcileOptions, io: CliIo): ReconcileFormatter {
  const byStem = options.groupBy === 'stem';
  switch (format) {
    case 'json':
      return reconcileJson(byStem);
    case 'ndjson':
      return reconcileNdjson();
    case 'yaml':
      return reconcileYaml(byStem);
    case 'pretty':
      return reconcilePretty(io.chalk);
    default:
      throw new UsageError(`--format ${format} is for check only; reconcile writes pretty, json, ndjson or yaml`);
  }
}

export async function reconcileCommand(paths: string[], options: ReconcileOptions, io: CliIo): Promise<number> {
  const tolerance = parseTolerance(options.tolerance);
  const out = formatter(options.format, options, io);
  const errors: InputError[] = [];
  const report = (e: InputError) => {
    errors.push(e);
    io.inputError(e);
  };
  await io.write(out.begin());
  for await (const input of storiesOf(paths, options, io, report)) await io.write(out.story(reconciled(input, tolerance)));
  await io.write(out.end(errors));
  return errors.length ? 2 : 0;
}

const baselineProblems = schemaValidator('baseline.schema.json');

/** The fingerprints a baseline accepts, or every problem with it (each entry named). */
function readBaseline(file: string, maxBytes: number): Set<string> | string[] {
  let text: string;
  try {
    text = readDocument(file, maxBytes);
  } catch (e) {
    if (e instanceof ReadError) return [`cannot read it (${e.message})`];
    throw e;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return ['not a factdiff baseline: not JSON'];
  }
  const problems = baselineProblems(data);
  if (problems.length) return problems.map((p) => `not a factdiff baseline (expected {"version": 1, "accepted": [{"fingerprint": ...}]}): ${p}`);
  try {
    return parseBaseline(text);
  } catch (e) {
    if (e instanceof BaselineError) return [e.message];
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

export async function checkCommand(paths: string[], options: CheckOptions, io: CliIo): Promise<number> {
  const tolerance = parseTolerance(options.tolerance);
  const kinds = kindsFor(options.failOn);
  const maxBytes = parseSize(options.maxSize, DEFAULT_MAX_BYTES);
  const accepted = options.baseline ? readBaseline(options.baseline, maxBytes) : new Set<string>();
  if (Array.isArray(accepted)) {
    for (const message of accepted) io.inputError({ path: `--baseline ${options.baseline}`, message });
    return 2;
  }
  if (options.writeBaseline) writableOrThrow(options.writeBaseline, [...paths, ...(options.facts ? [options.facts] : []), ...(options.baseline && options.baseline !== options.writeBaseline ? [options.baseline] : [])]);
  const errors: InputError[] = [];
  const report = (e: InputError) => {
    errors.push(e);
    io.inputError(e);
  };
  const read: string[] = [];
  const found: Discrepancy[] = [];
  const textual = options.format !== 'sarif' && options.format !== 'github' ? formatter(options.format, options, io) : undefined;
  if (textual) await io.write(textual.begin());
  for await (const input of storiesOf(paths, options, io, report, read)) {
    const result = reconciled(input, tolerance);
    const fresh = discrepanciesOf(result.name, result.documents.map((d) => d.path), result.groups, kinds).filter((d) => !accepted.has(d.fingerprint));
    found.push(...fresh);
    if (textual) {
      const groups = fresh.map((d) => (d.kind === 'missing' ? { ...d.group, absent: d.absent } : d.group));
      await io.write(textual.story({ ...result, groups }));
    }
  }
  if (textual) await io.write(textual.end(errors));
  else if (options.format === 'sarif') await io.write(checkSarif(found, VERSION));
  else await io.write(checkGithub(found));
  if (options.writeBaseline) {
    try {
      writeFileAtomic(options.writeBaseline, `${JSON.stringify(baselineOf(found), null, 2)}\n`, read);
    } catch (e) {
      if (e instanceof WriteError) throw new OutputError(`--write-baseline ${options.writeBaseline}: ${e.message}`);
      throw e;
    }
    io.warn(`factdiff: wrote ${found.length} known ${found.length === 1 ? 'discrepancy' : 'discrepancies'} to ${options.writeBaseline}`);
    return errors.length ? 2 : 0;
  }
  if (errors.length) return 2;
  return options.failOn !== 'none' && found.length ? 1 : 0;
}
