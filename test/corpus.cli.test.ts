// reconcile and check on human translations of the shared NTREX corpus (../shared/corpora/ntrex-a,
// STORY/LANG.txt): copied as STORY.LANG.txt and reconciled with --group-by stem. Skipped, with
// a message, where the shared folder is not there (a checkout of this repository alone).
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, ROOT, runCli, type CliRun } from './helpers/runCli.js';
import { errorsOf, expectValid, sarifValidator, schemaValidators } from './helpers/schemas.js';
import { tempDir } from './helpers/stories.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpora', 'ntrex-a');
const PRESENT = existsSync(CORPUS);
/** A few stories keep the run short; the first ones in name order, so every run tests the same. */
const STORIES = 3;

if (!PRESENT) console.warn(`corpus.cli.test.ts: skipped, ${CORPUS} is not there (it comes with the shared workspace, not with this repository)`);

describe.skipIf(!PRESENT)(`reconcile on ${STORIES} stories of ../shared/corpora/ntrex-a (skipped when it is absent)`, () => {
  let dir: string;
  let names: string[];
  let direct: CliRun;
  beforeAll(() => {
    dir = tempDir('ntrex');
    names = readdirSync(CORPUS).sort().slice(0, STORIES);
    for (const story of names) for (const file of readdirSync(join(CORPUS, story)).filter((f) => f.endsWith('.txt'))) copyFileSync(join(CORPUS, story, file), join(dir, `${story}.${file}`));
    direct = runCli(['reconcile', '--group-by', 'stem', '--format', 'json', dir]);
  });

  it('reconciles each story in all its languages, in the schema', () => {
    expect(direct.stderr).toBe('');
    expect(direct.status).toBe(0);
    const out = json(direct);
    expectValid(schemaValidators().reconcile, out);
    expect(out.stories.map((s: any) => s.name)).toEqual(names.map((n) => join(dir, n)));
    for (const story of out.stories) {
      expect(story.documents.length).toBeGreaterThanOrEqual(2);
      // Human translations: the language detected is the one the file is named after.
      for (const d of story.documents) expect(`${d.path}`.endsWith(`.${d.lang}.txt`), d.path).toBe(true);
      expect(story.groups.filter((g: any) => g.status === 'agree').length).toBeGreaterThan(0);
    }
  });

  it('gives the same result from facts extracted once, and valid SARIF from check', () => {
    const facts = join(dir, '..', 'ntrex.ndjson');
    const extracted = runCli(['extract', '--group-by', 'stem', '--format', 'ndjson', dir]);
    expect(extracted.status).toBe(0);
    writeFileSync(facts, extracted.stdout);
    expect(runCli(['reconcile', '--group-by', 'stem', '--format', 'json', '--facts', facts]).stdout).toBe(direct.stdout);
    const sarif = runCli(['check', '--group-by', 'stem', '--format', 'sarif', '--fail-on', 'any', '--facts', facts]);
    expect(sarif.stderr).toBe('');
    const validate = sarifValidator();
    const log = JSON.parse(sarif.stdout);
    expect(validate(log), errorsOf(validate)).toBe(true);
    expect(sarif.status).toBe(log.runs[0].results.length ? 1 : 0);
  });
});
