// The command line: options to commands, errors to one `factdiff: …` line and an exit code
// (0 fine, 1 findings, 2 bad input or usage). Commands load their modules on demand so
// `factdiff --version` stays fast.
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { FACT_TYPES } from '../types.js';
import type { CheckOptions } from './commands/check.js';
import type { ExtractOptions } from './commands/extract.js';
import type { ReconcileOptions } from './commands/reconcile.js';
import type { RulesOptions } from './commands/rules.js';
import { helpAfter } from './helpTexts.js';
import { escapeControl } from '../text/escapeControl.js';
import { processIo, type CliIo, type IoOptions } from './io.js';
import { OutputError } from './OutputError.js';
import { UsageError } from './UsageError.js';
import { VERSION } from './version.js';

const EXIT_USAGE = 2;

/** Commander's own error lines are replaced by ours; help it shows on errors still goes to stderr. */
const QUIET_ERRORS = { outputError: () => undefined };

function commonOptions(cmd: Command, formats: readonly string[]): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('pretty'))
    .option('-l, --lang <code>', 'force the language of every document (ISO 639-1, e.g. de)')
    .option('--ref-date <YYYY-MM-DD>', 'resolve partial dates ("24 August") against this date')
    .option('--types <list>', `only these fact types, comma-separated (${FACT_TYPES.join(',')})`)
    .option('--rules <dir>', 'a folder of rule packs that extend or override the built-in ones')
    .addOption(new Option('--group-by <how>', 'which documents tell one story: all given together, or NAME.LANG.EXT files by NAME').choices(['all', 'stem']).default('all'))
    .option('--exclude <glob>', 'leave out the files and folders this glob matches when searching folders (repeatable)', (glob: string, globs: string[]) => [...globs, glob], [] as string[])
    .option('-j, --jobs <n>', 'threads that extract documents, this one included (default and most: the number of cores)')
    .option('--force-jobs', 'use the --jobs number even when it is more than the cores')
    .option('--max-size <size>', 'the most bytes a document may have, e.g. 64M (default 64M); a larger one is an input error')
    .option('-q, --quiet', 'no progress bar and no notes on stderr; errors are still shown')
    .option('--color', 'colour the pretty output even when not on a terminal')
    .option('--no-color', 'never colour the output')
    .option('-o, --output <file>', 'write the result to this file (whole or not at all) instead of stdout')
    .option('--config <file>', 'read options from this file instead of the factdiff.config.json/.yaml or package.json found upward')
    .option('--no-config', 'read no configuration file');
}

/** The command's options with the configuration file's under them. */
async function configured<T>(cmd: Command, section: 'extract' | 'reconcile' | 'check' | undefined): Promise<T & IoOptions> {
  const { applyConfig } = await import('./applyConfig.js');
  applyConfig(cmd, section, process.cwd());
  // Commander's choices and the schema of the file have checked the values of T's keys.
  return cmd.opts() as T & IoOptions;
}

function buildProgram(run: (action: (io: CliIo) => Promise<number>, options: IoOptions) => Promise<void>): Command {
  const program = new Command('factdiff')
    .description('Check that the facts in translations of one story agree.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(QUIET_ERRORS);

  commonOptions(program.command('extract').description('the facts of every document').argument('<paths...>', 'files, folders, or - for stdin'), [
    'pretty',
    'json',
    'ndjson',
    'yaml',
  ]).action(async (paths: string[], _options, cmd: Command) => {
    const options = await configured<ExtractOptions>(cmd, 'extract');
    const { extractCommand } = await import('./commands/extract.js');
    await run((io) => extractCommand(paths, options, io), options);
  });

  const reconcileOptions = (cmd: Command) =>
    cmd
      .option('--facts <file>', 'reconcile facts written by extract --format ndjson (a file, or - for stdin) instead of PATHs')
      .option('--tolerance <fraction>', 'relative difference that still agrees beyond the rounding of the written values, e.g. 0.01 or 1% (default 0)')
      .option('--source <path>', 'the original: its translations are aligned to it and a conflict names the translation that differs (a PATH, or a language code such as en to pick that version of every story)');

  reconcileOptions(
    commonOptions(program.command('reconcile').description('line the facts of each story up across its versions').argument('[paths...]', 'files, folders, or - for stdin'), [
      'pretty',
      'json',
      'ndjson',
      'yaml',
      'html',
    ]),
  ).action(async (paths: string[], _options, cmd: Command) => {
    const options = await configured<ReconcileOptions>(cmd, 'reconcile');
    const { reconcileCommand } = await import('./commands/reconcile.js');
    await run((io) => reconcileCommand(paths, options, io), options);
  });

  reconcileOptions(
    commonOptions(program.command('check').description('reconcile and print only discrepancies; exit 1 when there are any (for CI)').argument('[paths...]', 'files, folders, or - for stdin'), [
      'pretty',
      'json',
      'ndjson',
      'yaml',
      'sarif',
      'github',
      'html',
    ]),
  )
    .addOption(new Option('--fail-on <kind>', 'discrepancies that fail the check: conflicting values, facts missing from some versions, any, or none').choices(['conflict', 'missing', 'any', 'none']).default('conflict'))
    .option('--min-confidence <n>', 'fail on conflicts at least this sure, from 0 to 1 (default 0.5); 0 fails on every conflict reported')
    .option('--baseline <file>', 'accept the discrepancies listed in this file (written by --write-baseline)')
    .option('--write-baseline <file>', 'write the discrepancies found to this file, to accept them from now on')
    .action(async (paths: string[], _options, cmd: Command) => {
      const options = await configured<CheckOptions>(cmd, 'check');
      const { checkCommand } = await import('./commands/check.js');
      await run((io) => checkCommand(paths, options, io), options);
    });

  program
    .command('rules')
    .description('list the rule packs; `rules test` runs every pack\'s examples')
    .argument('[lang]', 'a language code, or "test" to run the examples')
    .argument('[test-lang]', 'with "test": the one language whose examples to run')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json']).default('pretty'))
    .option('--rules <dir>', 'a folder of rule packs that extend or override the built-in ones')
    .option('--color', 'colour the output even when not on a terminal')
    .option('--no-color', 'never colour the output')
    .option('-o, --output <file>', 'write the result to this file (whole or not at all) instead of stdout')
    .option('--config <file>', 'read options from this file instead of the one found upward')
    .option('--no-config', 'read no configuration file')
    .action(async (first: string | undefined, second: string | undefined, _options, cmd: Command) => {
      const options = await configured<RulesOptions>(cmd, undefined);
      const { rulesCommand } = await import('./commands/rules.js');
      await run((io) => rulesCommand(first, second, options, io), options);
    });

  // Every subcommand shares the program's error handling, and has examples in its help.
  for (const cmd of program.commands) cmd.exitOverride().configureOutput(QUIET_ERRORS).addHelpText('after', helpAfter(cmd.name()));
  program.addHelpText('after', helpAfter('factdiff'));
  return program;
}

/** Commander's "error: unknown option '--x'\n(Did you mean --y?)" as one line. */
function commanderMessage(e: CommanderError): string {
  return e.message
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

async function reportPackProblems(e: unknown): Promise<boolean> {
  const { PackError, formatPackProblem } = await import('../packs/PackError.js');
  const { ConfigError } = await import('../config/ConfigError.js');
  if (!(e instanceof PackError) && !(e instanceof ConfigError)) return false;
  for (const p of e.problems) process.stderr.write(`factdiff: ${escapeControl(formatPackProblem(p))}\n`);
  return true;
}

export async function main(argv: string[]): Promise<void> {
  const cores = availableParallelism();
  const run = async (action: (io: CliIo) => Promise<number>, options: IoOptions) => {
    const io = processIo(options, cores);
    let succeeded = false;
    try {
      process.exitCode = await action(io);
      succeeded = true;
    } finally {
      io.close(succeeded);
    }
  };
  try {
    await buildProgram(run).parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') {
        process.exitCode = 0;
        return;
      }
      // No command at all: commander has shown the help on stderr.
      if (e.code === 'commander.help') {
        process.exitCode = EXIT_USAGE;
        return;
      }
      process.stderr.write(`factdiff: ${commanderMessage(e)}${argv.length === 0 ? ' (see factdiff --help)' : ''}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    if (e instanceof UsageError || e instanceof OutputError) {
      process.stderr.write(`factdiff: ${escapeControl(e.message)}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    if (await reportPackProblems(e)) {
      process.exitCode = EXIT_USAGE;
      return;
    }
    // A bug of ours: one line, the stack only when asked for.
    process.stderr.write(`factdiff: internal error: ${escapeControl((e as Error).message ?? String(e))}\n`);
    if (process.env.FACTDIFF_DEBUG) process.stderr.write(`${(e as Error).stack ?? ''}\n`);
    process.exitCode = EXIT_USAGE;
  }
}
