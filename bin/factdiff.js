#!/usr/bin/env node
const args = process.argv.slice(2);

// `factdiff --version` answers before the command line's modules load: scripts call it often.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('../dist/cli/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import('../dist/cli/main.js');
  main(args);
}
