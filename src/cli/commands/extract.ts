// factdiff extract PATH...: the facts of every document.
import { extractDocuments } from '../../extract/extractStories.js';
import { extractJson } from '../../format/extractJson.js';
import { extractNdjson } from '../../format/extractNdjson.js';
import { extractPretty } from '../../format/extractPretty.js';
import { extractYaml } from '../../format/extractYaml.js';
import type { ExtractFormatter } from '../../format/ExtractFormatter.js';
import { findInputs } from '../../io/findInputs.js';
import type { GroupBy } from '../../io/groupStories.js';
import type { InputError } from '../../types.js';
import { documentSource } from '../documentSource.js';
import type { CliIo } from '../io.js';
import { parseJobs } from '../options.js';
import { setupExtraction, type ExtractionOptions } from '../setupExtraction.js';

export interface ExtractOptions extends ExtractionOptions {
  format: 'pretty' | 'json' | 'ndjson' | 'yaml';
  groupBy: GroupBy;
  jobs?: string;
}

function formatter(format: ExtractOptions['format'], io: CliIo): ExtractFormatter {
  switch (format) {
    case 'json':
      return extractJson();
    case 'ndjson':
      return extractNdjson();
    case 'yaml':
      return extractYaml();
    case 'pretty':
      return extractPretty(io.chalk);
  }
}

export async function extractCommand(paths: string[], options: ExtractOptions, io: CliIo): Promise<number> {
  const jobs = parseJobs(options.jobs, io.cores);
  const setup = await setupExtraction(options);
  const inputs = findInputs(paths);
  const errors: InputError[] = [];
  const report = (e: InputError) => {
    errors.push(e);
    io.inputError(e);
  };
  inputs.errors.forEach(report);
  const out = formatter(options.format, io);
  await io.write(out.begin());
  const source = documentSource(setup, inputs, jobs, io);
  for await (const doc of extractDocuments(inputs.files, options.groupBy, setup.extractor, source, report)) await io.write(out.document(doc));
  await io.write(out.end(errors));
  return errors.length ? 2 : 0;
}
