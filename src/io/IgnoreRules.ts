// The ignore files of the folders a walk goes through (.gitignore and .factdiffignore), each
// applying to its folder and those below it as git reads them: a deeper file's rules,
// negations too, come before a shallower one's. A walk also reads those of the folders above
// it, up to the top of the git work tree it is in.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILES = ['.gitignore', '.factdiffignore'] as const;

interface Rules {
  base: string;
  matcher: Ignore;
}

function rulesIn(folder: string): Rules | undefined {
  const texts = IGNORE_FILES.map((name) => join(folder, name))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'));
  return texts.length ? { base: resolve(folder), matcher: ignore().add(texts.join('\n')) } : undefined;
}

/** The folders from the top of the git work tree holding `folder` down to its parent; none outside one. */
function foldersAbove(folder: string): string[] {
  const above: string[] = [];
  for (let dir = dirname(resolve(folder)); ; dir = dirname(dir)) {
    above.unshift(dir);
    if (existsSync(join(dir, '.git'))) return above;
    if (dirname(dir) === dir) return [];
  }
}

export class IgnoreRules {
  private constructor(private readonly rules: readonly Rules[]) {}

  /** The rules that apply inside `folder` from the folders above it. */
  static above(folder: string): IgnoreRules {
    return new IgnoreRules(foldersAbove(folder).flatMap((dir) => rulesIn(dir) ?? []));
  }

  /** These rules and those of the ignore files in `folder`. */
  within(folder: string): IgnoreRules {
    const own = rulesIn(folder);
    return own ? new IgnoreRules([...this.rules, own]) : this;
  }

  ignores(path: string, isFolder: boolean): boolean {
    const absolute = resolve(path);
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const { base, matcher } = this.rules[i]!;
      const rel = relative(base, absolute).split(sep).join('/');
      if (!rel || rel.startsWith('..')) continue;
      const verdict = matcher.test(isFolder ? `${rel}/` : rel);
      if (verdict.ignored) return true;
      if (verdict.unignored) return false;
    }
    return false;
  }
}
