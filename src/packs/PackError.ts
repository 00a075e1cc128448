// Problems found in a rule pack, each pointing at the YAML that causes it.

export interface PackProblem {
  file: string;
  /** 0 for a problem with no place in a file (a folder that is not one). */
  line: number;
  column: number;
  /** Key path inside the pack, e.g. `rules[0].kind`; empty for the whole file. */
  path: string;
  message: string;
}

export function formatPackProblem(p: PackProblem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.column}` : p.file;
  return `${where}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

/** Thrown when packs cannot be used; carries every problem found, not just the first. */
export class PackError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(problems.map(formatPackProblem).join('\n'));
  }
}
