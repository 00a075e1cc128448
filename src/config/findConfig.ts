// Where a run's configuration is: factdiff.config.json, factdiff.config.yaml (or .yml), or a
// package.json with a `factdiff` key, in the working folder or the nearest folder above it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILES = ['factdiff.config.json', 'factdiff.config.yaml', 'factdiff.config.yml'] as const;

function hasFactdiffKey(packageJson: string): boolean {
  try {
    const data = JSON.parse(readFileSync(packageJson, 'utf8')) as unknown;
    return typeof data === 'object' && data !== null && 'factdiff' in data;
  } catch {
    // A package.json that is not JSON is npm's business, not a configuration of ours.
    return false;
  }
}

export function findConfig(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const file = CONFIG_FILES.map((name) => join(dir, name)).find((f) => existsSync(f));
    if (file) return file;
    const packageJson = join(dir, 'package.json');
    if (existsSync(packageJson) && hasFactdiffKey(packageJson)) return packageJson;
    if (dirname(dir) === dir) return undefined;
  }
}
