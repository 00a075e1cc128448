// Finding, reading, validating and merging rule packs: the built-in ones in rules/ and
// a user's in --rules DIR, which extend or override them. The built-in packs, once
// validated, come from the cache while their files stay the same (see builtinPackCache.ts);
// a user's packs are validated on every run.
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BUILTIN_RULES_DIR } from '../paths.js';
import { builtinPackCache } from './builtinPackCache.js';
import { mergePacks } from './mergePacks.js';
import { PackError, type PackProblem } from './PackError.js';
import { readPack } from './readPack.js';
import type { RulePack } from './types.js';
import { validatePack } from './validatePack.js';

export interface LoadOptions {
  /** A user's folder of packs (`--rules DIR`). */
  userDir?: string;
  /** Check every pattern for catastrophic backtracking, built-in ones too (tests, `rules test`). */
  checkAllBacktracking?: boolean;
  /** Check the built-in patterns of this language only (`rules test LANG`). */
  checkBacktrackingOf?: string;
}

/** A problem with the folder itself has no position in a file: line 0. */
function folderProblem(dir: string, message: string): PackProblem {
  return { file: dir, line: 0, column: 0, path: '', message };
}

function packFiles(dir: string): { files: string[]; problem?: PackProblem } {
  try {
    if (!statSync(dir).isDirectory()) return { files: [], problem: folderProblem(dir, 'is a file; give the folder that holds the packs (LANG.yaml)') };
    const files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(dir, f));
    return { files };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { files: [], problem: folderProblem(dir, code === 'ENOENT' ? 'no such folder' : `cannot read the folder (${code ?? 'error'})`) };
  }
}

function langOfFile(file: string): string {
  return basename(file).replace(/\.ya?ml$/, '');
}

function read(file: string, problems: PackProblem[], options: { overlay: boolean; checkBacktracking: boolean }): RulePack | undefined {
  const { source, problems: readProblems } = readPack(file);
  problems.push(...readProblems);
  if (!source) return undefined;
  const found = validatePack(source, options);
  const lang = (source.data as { lang?: unknown } | null)?.lang;
  if (typeof lang === 'string' && lang !== langOfFile(file)) {
    found.push({ file, ...source.locate(['lang']), path: 'lang', message: `'${lang}' does not match the file name (${basename(file)})` });
  }
  problems.push(...found);
  return found.length ? undefined : (source.data as RulePack);
}

/** The languages whose packs a user's folder (--rules DIR) holds. */
export function userPackLangs(dir: string): string[] {
  return packFiles(dir).files.map(langOfFile);
}

/** Every pack by language; throws PackError listing all problems of all files. */
export function loadPacks(options: LoadOptions = {}): Map<string, RulePack> {
  const problems: PackProblem[] = [];
  const packs = new Map<string, RulePack>();
  const builtin = packFiles(BUILTIN_RULES_DIR);
  if (builtin.problem) problems.push(builtin.problem);
  // Backtracking checks of the built-in packs are asked for by tests and `rules test`: they read the files.
  const checked = (file: string) => options.checkAllBacktracking === true || langOfFile(file) === options.checkBacktrackingOf;
  const cache = options.checkAllBacktracking || options.checkBacktrackingOf ? undefined : builtinPackCache(builtin.files);
  const cached = cache?.read();
  if (cached) for (const pack of cached) packs.set(pack.lang, pack);
  else {
    for (const file of builtin.files) {
      const pack = read(file, problems, { overlay: false, checkBacktracking: checked(file) });
      if (pack) packs.set(pack.lang, pack);
    }
    if (problems.length === 0) cache?.write([...packs.values()]);
  }
  if (options.userDir) {
    const user = packFiles(options.userDir);
    const given = `--rules ${options.userDir}`;
    if (user.problem) problems.push({ ...user.problem, file: given });
    else if (user.files.length === 0) problems.push(folderProblem(given, 'no rule packs (LANG.yaml) in this folder'));
    for (const file of user.files) {
      const base = packs.get(langOfFile(file));
      const pack = read(file, problems, { overlay: base !== undefined, checkBacktracking: true });
      if (pack) packs.set(pack.lang, base ? mergePacks(base, pack) : pack);
    }
  }
  if (problems.length) throw new PackError(problems);
  return packs;
}
