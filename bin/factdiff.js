#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

const args = process.argv.slice(2);

// `factdiff --version` answers before the command line's modules load: scripts call it often.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('../dist/cli/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  // V8 first interprets a regex and compiles it on a later run ("tier-up"). With the rule
  // packs' hundreds of large regexes, over many documents and languages, regexes kept being
  // interpreted: extraction ran 2-5 times slower than with every regex compiled at once.
  setFlagsFromString('--no-regexp-tier-up');
  const { main } = await import('../dist/cli/main.js');
  main(args);
}
