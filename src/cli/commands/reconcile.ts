// factdiff reconcile PATH... (or --facts FILE): line the facts of each story up across its
// versions.
import { resolve } from 'node:path';
import { extractStories } from '../../extract/extractStories.js';
import { conflictMessage } from '../../format/conflictMessage.js';
import { reconcileJson } from '../../format/reconcileJson.js';
import { reconcileNdjson } from '../../format/reconcileNdjson.js';
import { reconcilePretty } from '../../format/reconcilePretty.js';
import { reconcileYaml } from '../../format/reconcileYaml.js';
import type { ReconcileFormatter, StoryResult } from '../../format/ReconcileFormatter.js';
import { htmlReport } from '../../format/html/htmlReport.js';
import { comparePaths } from '../../io/comparePaths.js';
import { groupStories, type GroupBy } from '../../io/groupStories.js';
import { DEFAULT_MAX_BYTES } from '../../io/readDocument.js';
import { readFactLines } from '../../io/readFactLines.js';
import { discrepanciesOf, kindsFor } from '../../reconcile/discrepancies.js';
import { reconcileStory } from '../../reconcile/reconcileStory.js';
import type { StoryAlignment } from '../../reconcile/types.js';
import type { ExtractedDocument, InputError } from '../../types.js';
import type { CliIo } from '../io.js';
import { documentSource } from '../documentSource.js';
import { findDocuments, warnUnnamed } from '../findDocuments.js';
import { parseJobs, parseSize, parseTolerance } from '../options.js';
import { setupExtraction, type ExtractionOptions } from '../setupExtraction.js';
import { storyTexts } from '../storyTexts.js';
import { UsageError } from '../UsageError.js';
import { VERSION } from '../version.js';

export interface ReconcileOptions extends ExtractionOptions {
  format: 'pretty' | 'json' | 'ndjson' | 'yaml' | 'sarif' | 'github' | 'html';
  groupBy: GroupBy;
  exclude?: string[];
  facts?: string;
  tolerance?: string;
  source?: string;
  jobs?: string;
  forceJobs?: boolean;
}

export interface StoryInput {
  name: string;
  documents: ExtractedDocument[];
}

/**
 * The stories to reconcile: from facts already extracted (--facts), or extracted now from
 * PATHs. The files read are added to `read`, so that no output overwrites one.
 */
export async function* storiesOf(paths: string[], options: ReconcileOptions, io: CliIo, report: (e: InputError) => void, read: string[] = []): AsyncGenerator<StoryInput> {
  const { jobs, note: jobsNote } = parseJobs(options.jobs, io.cores, options.forceJobs);
  if (jobsNote) io.warn(`factdiff: ${jobsNote}`);
  if (options.facts !== undefined) {
    if (paths.length) throw new UsageError('give either PATHs or --facts, not both');
    read.push(options.facts);
    const { documents, errors } = await readFactLines(options.facts, io.stdin, parseSize(options.maxSize, DEFAULT_MAX_BYTES));
    errors.forEach(report);
    const byPath = new Map(documents.map((d) => [d.path, d]));
    warnUnnamed([...byPath.keys()], options.groupBy, io);
    // Path order, as a folder is read: shards concatenated in any order give the same stories.
    for (const story of groupStories([...byPath.keys()].sort(comparePaths), options.groupBy)) yield { name: story.name, documents: story.files.map((p) => byPath.get(p)!) };
    return;
  }
  if (paths.length === 0) throw new UsageError("missing PATH (files, folders, or - for stdin), or --facts FILE");
  const setup = await setupExtraction(options);
  const inputs = findDocuments(paths, options, io);
  read.push(...inputs.files);
  inputs.errors.forEach(report);
  const note = (n: InputError) => io.warn(`factdiff: ${n.path}: ${n.message}`);
  inputs.notes.forEach(note);
  const source = documentSource(setup, inputs, jobs, io);
  for await (const { story, documents } of extractStories(inputs.files, options.groupBy, setup.extractor, source, report, note)) yield { name: story.name, documents };
}

/**
 * The original among a story's documents (--source): the one at that path, or the story's
 * one version in that language. Undefined when the story has none: its versions are peers.
 */
function sourceOf(documents: readonly ExtractedDocument[], source: string | undefined): string | undefined {
  if (source === undefined) return undefined;
  const byPath = documents.find((d) => d.path === source || resolve(d.path) === resolve(source));
  if (byPath) return byPath.path;
  const byLang = documents.filter((d) => d.lang === source);
  return byLang.length === 1 ? byLang[0]!.path : undefined;
}

/**
 * One story's result: documents in path order (so shards and single runs print the same),
 * groups explained; `aligned` receives the sentence alignment (document indices in that order).
 */
export function reconciled(input: StoryInput, tolerance: number, source: string | undefined, aligned?: (alignment: StoryAlignment) => void): StoryResult {
  const documents = [...input.documents].sort((a, b) => comparePaths(a.path, b.path));
  const groups = reconcileStory(documents, { tolerance, source: sourceOf(documents, source) }, aligned).map((g) => (g.status === 'conflict' ? { ...g, message: conflictMessage(g) } : g));
  return { name: input.name, documents: documents.map(({ path, lang, neutral }) => ({ path, lang, ...(neutral ? { neutral } : {}) })), groups };
}

export function formatter(format: ReconcileOptions['format'], options: ReconcileOptions, io: CliIo): ReconcileFormatter {
  const byStem = options.groupBy === 'stem';
  switch (format) {
    case 'json':
      return reconcileJson(byStem);
    case 'ndjson':
      return reconcileNdjson();
    case 'yaml':
      return reconcileYaml(byStem);
    case 'pretty':
      return reconcilePretty(io.chalk, io.columns);
    default:
      throw new UsageError(`--format ${format} is for check only; reconcile writes pretty, json, ndjson, yaml or html`);
  }
}

/** reconcile --format html: every story with its conflicts and missing facts explained. */
async function reconcileHtml(paths: string[], options: ReconcileOptions, io: CliIo, tolerance: number): Promise<number> {
  const out = htmlReport({ title: 'factdiff reconcile', version: VERSION });
  const errors: InputError[] = [];
  const report = (e: InputError) => {
    errors.push(e);
    io.inputError(e);
  };
  for await (const input of storiesOf(paths, options, io, report)) {
    let sentences: StoryAlignment | undefined;
    const result = reconciled(input, tolerance, options.source, (a) => (sentences = a));
    const documents = result.documents.map((d) => d.path);
    out.story({ result, discrepancies: discrepanciesOf(result.name, documents, result.groups, kindsFor('any')), texts: storyTexts(documents), ...(sentences ? { sentences } : {}) });
  }
  await io.write(out.end({ errors, accepted: 0, stale: [] }));
  return errors.length ? 2 : 0;
}

export async function reconcileCommand(paths: string[], options: ReconcileOptions, io: CliIo): Promise<number> {
  const tolerance = parseTolerance(options.tolerance);
  if (options.format === 'html') return reconcileHtml(paths, options, io, tolerance);
  const out = formatter(options.format, options, io);
  const errors: InputError[] = [];
  const report = (e: InputError) => {
    errors.push(e);
    io.inputError(e);
  };
  await io.write(out.begin());
  for await (const input of storiesOf(paths, options, io, report)) await io.write(out.story(reconciled(input, tolerance, options.source)));
  await io.write(out.end(errors));
  return errors.length ? 2 : 0;
}
