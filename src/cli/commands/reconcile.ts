// factdiff reconcile PATH... (or --facts FILE): line the facts of each story up across its
// versions. factdiff check: the same, printing only discrepancies, exit 1 when there are any
// of the kinds in --fail-on.
import { readFileSync, writeFileSync } from 'node:fs';
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
import { readFactLines } from '../../io/readFactLines.js';
import { baselineOf, BaselineError, parseBaseline } from '../../reconcile/baseline.js';
import { discrepanciesOf, kindsFor, type Discrepancy, type FailOn } from '../../reconcile/discrepancies.js';
import { reconcileStory } from '../../reconcile/reconcileStory.js';
import type { ExtractedDocument, InputError } from '../../types.js';
import type { CliIo } from '../io.js';
import { documentSource } from '../documentSource.js';
import { parseJobs, parseTolerance } from '../options.js';
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

/** The stories to reconcile: from facts already extracted (--facts), or extracted now from PATHs. */
async function* storiesOf(paths: string[], options: ReconcileOptions, io: CliIo, report: (e: InputError) => void): AsyncGenerator<StoryInput> {
  const { jobs, note } = parseJobs(options.jobs, io.cores, options.forceJobs);
  if (note) io.warn(`factdiff: ${note}`);
  if (options.facts !== undefined) {
    if (paths.length) throw new UsageError('give either PATHs or --facts, not both');
    const { documents, errors } = await readFactLines(options.facts, io.stdin);
    errors.forEach(report);
    const byPath = new Map(documents.map((d) => [d.path, d]));
    // Path order, as a folder is read: shards concatenated in any order give the same stories.
    for (const story of groupStories([...byPath.keys()].sort(comparePaths), options.groupBy)) yield { name: story.name, documents: story.files.map((p) => byPath.get(p)!) };
    return;
  }
  if (paths.length === 0) throw new UsageError("missing PATH (files, folders, or - for stdin), or --facts FILE");
  const setup = await setupExtraction(options);
  const inputs = findInputs(paths);
  inputs.errors.forEach(report);
  for (const n of inputs.notes) io.warn(`factdiff: ${n.path}: ${n.message}`);
  const source = documentSource(setup, inputs, jobs, io);
  for await (const { story, documents } of extractStories(inputs.files, options.groupBy, setup.extractor, source, report)) yield { name: story.name, documents };
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

function readBaseline(file: string): Set<string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--baseline ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return parseBaseline(text);
  } catch (e) {
    if (e instanceof BaselineError) throw new UsageError(`--baseline ${file}: ${e.message}`);
    throw e;
  }
}

export async function checkCommand(paths: string[], options: CheckOptions, io: CliIo): Promise<number> {
  const tolerance = parseTolerance(options.tolerance);
  const kinds = kindsFor(options.failOn);
  const accepted = options.baseline ? readBaseline(options.baseline) : new Set<string>();
  const errors: InputError[] = [];
  const report = (e: InputError) => {
    errors.push(e);
    io.inputError(e);
  };
  const found: Discrepancy[] = [];
  const textual = options.format !== 'sarif' && options.format !== 'github' ? formatter(options.format, options, io) : undefined;
  if (textual) await io.write(textual.begin());
  for await (const input of storiesOf(paths, options, io, report)) {
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
    writeFileSync(options.writeBaseline, `${JSON.stringify(baselineOf(found), null, 2)}\n`);
    io.warn(`factdiff: wrote ${found.length} known ${found.length === 1 ? 'discrepancy' : 'discrepancies'} to ${options.writeBaseline}`);
    return errors.length ? 2 : 0;
  }
  if (errors.length) return 2;
  return options.failOn !== 'none' && found.length ? 1 : 0;
}
