// Problems found in a rule pack, each pointing at the YAML that causes it.

export interface PackProblem {
  file: string;
  line: number;
  column: number;
  /** Key path inside the pack, e.g. `rules[0].kind`; empty for the whole file. */
  path: string;
  message: string;
}

export function formatPackProblem(p: PackProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

/** Thrown when packs cannot be used; carries every problem found, not just the first. */
export class PackError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(problems.map(formatPackProblem).join('\n'));
  }
}
