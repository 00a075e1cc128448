// A real headless Chromium (Debian's chromium package), started afresh for each page with a
// new profile and nothing that reaches the network. What the page wrote to its console comes
// back from Chromium's log.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './stories.js';

export const CHROMIUM = ['chromium', 'chromium-browser'].find((c) => spawnSync(c, ['--version']).status === 0);

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PageRun {
  /** The DOM after loading (--dump-dom), or empty when a screenshot was asked for. */
  dom: string;
  /** The page's console messages (CSP violations included). */
  console: string[];
  status: number | null;
}

export function openPage(file: string, options: { screenshot?: string; width?: number; height?: number } = {}): PageRun {
  if (!CHROMIUM) throw new Error('no chromium');
  const profile = join(tempDir('chromium'), 'profile');
  const output = options.screenshot ? [`--screenshot=${options.screenshot}`, `--window-size=${options.width ?? 1400},${options.height ?? 1300}`] : ['--dump-dom'];
  const run = spawnSync(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, '--enable-logging=stderr', '--v=0', ...output, pathToFileURL(file).href], { encoding: 'utf8', timeout: 60_000 });
  const consoleLines = run.stderr.split('\n').filter((l) => /:CONSOLE[:(]/.test(l));
  return { dom: options.screenshot ? '' : run.stdout, console: consoleLines, status: run.status };
}
