// Thrown when a configuration file cannot be used; every problem at its file:line:col.
import { formatPackProblem, type PackProblem } from '../packs/PackError.js';

export class ConfigError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(problems.map(formatPackProblem).join('\n'));
  }
}
