// Running the built CLI and timing it: wall time, time to the first byte of output, and
// peak memory; medians of several runs.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./child.js', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/factdiff.js', import.meta.url));

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * One run of `factdiff ARGS`: { ms, firstByteMs, rssMb }. stdout goes to `outFile` (or is
 * read and dropped); a run that fails ends the bench with its stderr.
 */
export function runOnce(args, { outFile, input, okCodes = [0], plainBin = false } = {}) {
  return new Promise((resolve, reject) => {
    const out = outFile ? openSync(outFile, 'w') : 'pipe';
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [plainBin ? BIN : CHILD, ...args], {
      stdio: [input ? 'pipe' : 'ignore', out, 'pipe', plainBin ? 'ignore' : 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (outFile) closeSync(out);
    let firstByteMs;
    let stderr = '';
    let rss = '';
    const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
    child.stdout?.on('data', () => (firstByteMs ??= elapsed()));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdio[3]?.on('data', (d) => (rss += d));
    if (input) child.stdin.end(input);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = elapsed();
      if (!okCodes.includes(code)) reject(new Error(`factdiff ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n').slice(0, 3).join(' | ')}`));
      else resolve({ ms, firstByteMs: firstByteMs ?? ms, rssMb: rss ? Number(rss) / 1024 : undefined });
    });
  });
}

/** Medians of `runs` runs. */
export async function runMedian(runs, args, options) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(args, options));
  return {
    ms: median(results.map((r) => r.ms)),
    firstByteMs: median(results.map((r) => r.firstByteMs)),
    rssMb: Math.max(...results.map((r) => r.rssMb ?? 0)),
  };
}
