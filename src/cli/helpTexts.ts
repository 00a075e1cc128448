// What `--help` shows after the options: examples, exit codes and the environment variables
// factdiff reads, for the program and each command.

const ENVIRONMENT = `Environment:
  NO_COLOR            set (not empty): no colour
  FORCE_COLOR         colour even when not on a terminal (0 or false: never)
  TERM=dumb           no colour and no progress bar
  CI                  set (not 0/false): no progress bar (CI logs are no terminal)
  FACTDIFF_CACHE_DIR  where the validated built-in rule packs are cached
                      (default: factdiff-cache-UID in the OS temporary folder)
  FACTDIFF_DEBUG      set: the stack trace of an internal error

Configuration: factdiff.config.json, factdiff.config.yaml or a "factdiff" key in
package.json, in the working folder or above it, sets any option (see schema/config.schema.json);
the command line wins. --config FILE names another file, --no-config reads none.`;

const HELP: Record<string, string> = {
  factdiff: `Examples:
  factdiff reconcile seeds/                  the facts of one story, lined up across its versions
  factdiff check --group-by stem news/       one story per NAME (news/vote.de.txt, news/vote.ru.txt)
  factdiff check --format github news/       annotations for GitHub Actions
  factdiff reconcile --format html -o report.html seeds/

Exit codes:
  0  done; check: no discrepancy of the kinds in --fail-on
  1  check: a discrepancy of the kinds in --fail-on; rules test: an example failed
  2  a bad input, option, rule pack or configuration (one line on stderr each)`,
  extract: `Examples:
  factdiff extract seeds/
  factdiff extract --format ndjson --types money,date 'news/**/*.de.txt'
  echo 'Die Kaution betrug 5 Millionen Euro.' | factdiff extract -

Exit codes:
  0  done
  2  a bad input or option (the other documents are still read)`,
  reconcile: `Examples:
  factdiff reconcile seeds/
  factdiff reconcile --group-by stem --exclude drafts news/
  factdiff reconcile --format html --output report.html seeds/
  factdiff extract --format ndjson seeds/ > facts.ndjson && factdiff reconcile --facts facts.ndjson

Exit codes:
  0  done
  2  a bad input or option (the other documents are still read)`,
  check: `Examples:
  factdiff check seeds/
  factdiff check --fail-on any --format sarif --output factdiff.sarif news/
  factdiff check --write-baseline known.json news/ && factdiff check --baseline known.json news/

Exit codes:
  0  no discrepancy of the kinds in --fail-on that the baseline does not accept (or --fail-on none)
  1  such a discrepancy
  2  a bad input, option or baseline (the other documents are still read)`,
  rules: `Examples:
  factdiff rules                  every pack: its rules, examples and negatives
  factdiff rules de --format json the German pack
  factdiff rules test de          run the German pack's examples
  factdiff rules test --rules my-packs/

Exit codes:
  0  done; rules test: every example passed
  1  rules test: an example failed
  2  a bad rule pack or option`,
};

export function helpAfter(command: string): string {
  return `\n${HELP[command] ?? ''}\n\n${ENVIRONMENT}\n`;
}
