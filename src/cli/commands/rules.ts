// factdiff rules [LANG]: the rule packs; factdiff rules test: every pack's examples.
import { loadPacks } from '../../packs/loadPacks.js';
import { examplesExtractors, runExamples } from '../../packs/runExamples.js';
import type { RulePack } from '../../packs/types.js';
import type { CliIo } from '../io.js';
import { checkLang } from '../options.js';

export interface RulesOptions {
  rules?: string;
  format: 'pretty' | 'json';
}

function summary(pack: RulePack) {
  return { lang: pack.lang, name: pack.name, rules: pack.rules.length, examples: pack.examples.length, negatives: pack.negatives.length };
}

export async function rulesCommand(arg: string | undefined, options: RulesOptions, io: CliIo): Promise<number> {
  const testing = arg === 'test';
  const packs = loadPacks({ userDir: options.rules, checkAllBacktracking: testing });
  if (!testing) {
    const langs = arg ? [checkLang(arg, [...packs.keys()].sort())!] : [...packs.keys()].sort();
    const rows = langs.map((l) => summary(packs.get(l)!));
    if (options.format === 'json') await io.write(`${JSON.stringify(arg ? packs.get(arg) : rows)}\n`);
    else for (const r of rows) await io.write(`${r.lang.padEnd(4)}${r.name.padEnd(14)}${r.rules} rules, ${r.examples} examples, ${r.negatives} negatives\n`);
    return 0;
  }
  const extractorFor = examplesExtractors(packs);
  let failed = 0;
  for (const lang of [...packs.keys()].sort()) {
    const pack = packs.get(lang)!;
    const failures = runExamples(pack, extractorFor);
    failed += failures.length;
    const total = pack.examples.length + pack.negatives.length + (pack.nameNegatives?.length ?? 0);
    await io.write(`${failures.length ? io.chalk.red('FAIL') : io.chalk.green('ok  ')}  ${lang}  ${total - failures.length}/${total} examples\n`);
    for (const f of failures) await io.write(`      ${JSON.stringify(f.text)}: ${f.problem}\n`);
  }
  return failed ? 1 : 0;
}
