// The CLI as bin/factdiff.js runs it, reporting its peak memory (worker threads included)
// on file descriptor 3 when it exits, for the bench.
import { writeSync } from 'node:fs';
import { main } from '../dist/cli/main.js';

process.on('exit', () => writeSync(3, `${process.resourceUsage().maxRSS}\n`));
await main(process.argv.slice(2));
