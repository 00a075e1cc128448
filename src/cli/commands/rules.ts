// factdiff rules [LANG]: the rule packs; factdiff rules test [LANG]: their examples run. Both
// count a pack's examples the same way, and name the packs a --rules folder extends or adds.
import { loadPacks, userPackLangs } from '../../packs/loadPacks.js';
import { exampleCounts, examplesExtractors, runExamples } from '../../packs/runExamples.js';
import type { RulePack } from '../../packs/types.js';
import type { CliIo } from '../io.js';
import { checkLang } from '../options.js';
import { UsageError } from '../UsageError.js';

export interface RulesOptions {
  rules?: string;
  format: 'pretty' | 'json';
}

function summary(pack: RulePack, user: ReadonlySet<string>, rulesDir: string | undefined) {
  return { lang: pack.lang, name: pack.name, rules: pack.rules.length, ...exampleCounts(pack), ...(user.has(pack.lang) ? { userPack: rulesDir } : {}) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export async function rulesCommand(first: string | undefined, second: string | undefined, options: RulesOptions, io: CliIo): Promise<number> {
  const testing = first === 'test';
  if (!testing && second !== undefined) throw new UsageError(`rules: one language at a time ('${first}'), or 'rules test [LANG]'`);
  const one = testing ? second : undefined;
  const packs = loadPacks({ userDir: options.rules, checkAllBacktracking: testing && one === undefined, ...(one ? { checkBacktrackingOf: one } : {}) });
  const known = [...packs.keys()].sort();
  const asked = testing ? second : first;
  const langs = asked === undefined ? known : [checkLang(asked, known, testing ? 'rules test' : 'rules')!];
  const user = new Set(options.rules ? userPackLangs(options.rules) : []);
  const userNote = (lang: string) => (user.has(lang) ? `  with the user pack in ${options.rules}` : '');
  if (!testing) {
    const rows = langs.map((l) => summary(packs.get(l)!, user, options.rules));
    if (options.format === 'json') await io.write(`${JSON.stringify(asked ? { ...packs.get(asked), ...(user.has(asked) ? { userPack: options.rules } : {}) } : rows)}\n`);
    else for (const r of rows) await io.write(`${r.lang.padEnd(4)}${r.name.padEnd(14)}${r.rules} rules, ${plural(r.examples, 'example', 'examples')}, ${plural(r.negatives, 'negative', 'negatives')}${userNote(r.lang)}\n`);
    return 0;
  }
  const extractorFor = examplesExtractors(packs);
  const results = langs.map((lang) => {
    const pack = packs.get(lang)!;
    const failures = runExamples(pack, extractorFor);
    const counts = exampleCounts(pack);
    const failed = (kind: string) => failures.filter((f) => f.kind === kind).length;
    return {
      lang,
      ok: failures.length === 0,
      examples: { passed: counts.examples - failed('example'), total: counts.examples },
      negatives: { passed: counts.negatives - failed('negative'), total: counts.negatives },
      ...(user.has(lang) ? { userPack: options.rules } : {}),
      failures: failures.map(({ kind, text, problem }) => ({ kind, text, problem })),
    };
  });
  if (options.format === 'json') await io.write(`${JSON.stringify({ packs: results })}\n`);
  else {
    for (const r of results) {
      const mark = r.ok ? io.chalk.green('ok  ') : io.chalk.red('FAIL');
      await io.write(`${mark}  ${r.lang}  ${r.examples.passed}/${r.examples.total} examples, ${r.negatives.passed}/${r.negatives.total} negatives${userNote(r.lang)}\n`);
      for (const f of r.failures) await io.write(`      ${JSON.stringify(f.text)}: ${f.problem}\n`);
    }
  }
  return results.every((r) => r.ok) ? 0 : 1;
}
