// factdiff extract PATH...: the facts of every document.
import { extractDocuments } from '../../extract/extractStories.js';
import type { ExtractFormatter } from '../../format/ExtractFormatter.js';
import type { GroupBy } from '../../io/groupStories.js';
import type { InputError } from '../../types.js';
import { documentSource } from '../documentSource.js';
import { findDocuments } from '../findDocuments.js';
import type { CliIo } from '../io.js';
import { parseJobs } from '../options.js';
import { setupExtraction, type ExtractionOptions } from '../setupExtraction.js';

export interface ExtractOptions extends ExtractionOptions {
  format: 'pretty' | 'json' | 'ndjson' | 'yaml';
  groupBy: GroupBy;
  exclude?: string[];
  jobs?: string;
  forceJobs?: boolean;
}

/** Only the format asked for loads (the YAML writer costs ~40 ms of start-up). */
async function formatter(format: ExtractOptions['format'], io: CliIo): Promise<ExtractFormatter> {
  switch (format) {
    case 'json':
      return (await import('../../format/extractJson.js')).extractJson();
    case 'ndjson':
      return (await import('../../format/extractNdjson.js')).extractNdjson();
    case 'yaml':
      return (await import('../../format/extractYaml.js')).extractYaml();
    case 'pretty':
      return (await import('../../format/extractPretty.js')).extractPretty(io.chalk);
  }
}

export async function extractCommand(paths: string[], options: ExtractOptions, io: CliIo): Promise<number> {
  const { jobs, note: jobsNote } = parseJobs(options.jobs, io.cores, options.forceJobs);
  if (jobsNote) io.warn(`factdiff: ${jobsNote}`);
  const setup = await setupExtraction(options);
  const inputs = findDocuments(paths, options, io);
  const errors: InputError[] = [];
  const report = (e: InputError) => {
    errors.push(e);
    io.inputError(e);
  };
  inputs.errors.forEach(report);
  const note = (n: InputError) => io.warn(`factdiff: ${n.path}: ${n.message}`);
  inputs.notes.forEach(note);
  const out = await formatter(options.format, io);
  await io.write(out.begin());
  const source = documentSource(setup, inputs, jobs, io);
  for await (const doc of extractDocuments(inputs.files, options.groupBy, setup.extractor, source, report, note)) await io.write(out.document(doc));
  await io.write(out.end(errors));
  return errors.length ? 2 : 0;
}
