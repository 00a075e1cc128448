// factdiff extract PATH...: the facts of every document.
import { languageDetector } from '../../detect/detectLanguage.js';
import { extractDocument } from '../../extract/extractDocument.js';
import { Extractor } from '../../extract/Extractor.js';
import { extractJson } from '../../format/extractJson.js';
import { extractNdjson } from '../../format/extractNdjson.js';
import { extractPretty } from '../../format/extractPretty.js';
import { extractYaml } from '../../format/extractYaml.js';
import type { ExtractFormatter } from '../../format/ExtractFormatter.js';
import { findInputs } from '../../io/findInputs.js';
import { groupStories, type GroupBy } from '../../io/groupStories.js';
import { loadPacks } from '../../packs/loadPacks.js';
import type { InputError } from '../../types.js';
import type { CliIo } from '../io.js';
import { checkLang, parseRefDate, parseTypes } from '../options.js';

export interface ExtractOptions {
  format: 'pretty' | 'json' | 'ndjson' | 'yaml';
  groupBy: GroupBy;
  lang?: string;
  refDate?: string;
  types?: string;
  rules?: string;
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
  const refDate = parseRefDate(options.refDate);
  const types = parseTypes(options.types);
  const packs = loadPacks({ userDir: options.rules });
  const lang = checkLang(options.lang, [...packs.keys()].sort());
  const extractor = await Extractor.create(packs, { refDate, types });
  const detector = languageDetector([...packs.values()]);
  const inputs = findInputs(paths);
  const errors: InputError[] = [...inputs.errors];
  for (const e of inputs.errors) io.inputError(e);
  const out = formatter(options.format, io);
  await io.write(out.begin());
  // A story's names are matched across its documents, so a story is written once it is read.
  for (const story of groupStories(inputs.files, options.groupBy)) {
    const docs = [];
    for (const file of story.files) {
      const result = extractDocument(file, extractor, detector, lang);
      if ('error' in result) {
        const error = { path: result.path, message: result.error };
        errors.push(error);
        io.inputError(error);
      } else docs.push(result);
    }
    extractor.finishStory(docs);
    for (const { path, lang: docLang, facts } of docs) await io.write(out.document({ path, lang: docLang, facts }));
  }
  await io.write(out.end(errors));
  return errors.length ? 2 : 0;
}
