// The output schemas themselves: they compile, accept the shapes the contract shows, and
// reject the mistakes they are there to catch.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/runCli.js';
import { closed, errorsOf, schemaValidators } from './helpers/schemas.js';

const strict = schemaValidators();
const open = schemaValidators({ open: true });

const mention = (path: string, lang: string, text: string, value: number | string, extra: object = {}) => ({ path, lang, text, start: 10, end: 10 + text.length, line: 2, column: 11, value, ...extra });

const agree = {
  type: 'money',
  status: 'agree',
  value: 5000000,
  currency: 'EUR',
  mentions: [mention('a.de.txt', 'de', '5 Millionen Euro', 5000000, { currency: 'EUR' }), mention('a.id.txt', 'id', '€5 juta', 5000000, { currency: 'EUR' })],
};
const conflict = {
  type: 'person',
  status: 'conflict',
  value: 'Zhaslan Madiyev',
  key: 'MDF',
  code: 'given-name-differs',
  args: { versions: 3, agreeing: 2 },
  message: 'given name differs: Zhaslan (ru, pt) vs Baglan (de); 2 of 3 versions say Zhaslan',
  variants: [
    { value: 'Zhaslan Madiyev', paths: ['a.ru.txt', 'a.pt.txt'], langs: ['ru', 'pt'] },
    { value: 'Baglan Madiyev', paths: ['a.de.txt'], langs: ['de'] },
  ],
  mentions: [mention('a.de.txt', 'de', 'Baglan Madiyev', 'Baglan Madiyev'), mention('a.ru.txt', 'ru', 'Жаслан Мадиев', 'Жаслан Мадиев'), mention('a.pt.txt', 'pt', 'Zhaslan Madiyev', 'Zhaslan Madiyev')],
};
const single = { type: 'date', status: 'single', value: '--08-24', mentions: [mention('a.ru.txt', 'ru', '24 августа', '--08-24')] };
const documents = ['de', 'id', 'ru', 'pt'].map((lang) => ({ path: `a.${lang}.txt`, lang }));
const output = (groups: object[]) => ({ documents, groups, errors: [] });

/** A deep copy with a change made to it. */
function changed<T>(value: T, change: (copy: any) => void): T {
  const copy = structuredClone(value);
  change(copy);
  return copy;
}

describe('the schema files', () => {
  const files = readdirSync(join(ROOT, 'schema')).filter((f) => f.endsWith('.json'));

  it.each(files)('%s is draft-07 with an $id naming the file', (file) => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', file), 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(`https://factdiff.dev/schema/${file}`);
  });

  it('close only objects that list their properties', () => {
    expect(closed({ type: 'object', properties: { a: { type: 'object', properties: {} } } })).toEqual({
      type: 'object',
      properties: { a: { type: 'object', properties: {}, additionalProperties: false } },
      additionalProperties: false,
    });
    expect(closed({ type: 'object', additionalProperties: { type: 'string' }, properties: {} })).toEqual({ type: 'object', additionalProperties: { type: 'string' }, properties: {} });
  });
});

describe('reconcile.schema.json', () => {
  it('accepts one story and --group-by stem stories', () => {
    for (const v of [strict, open]) {
      expect(v.reconcile(output([conflict, agree, single])), errorsOf(v.reconcile)).toBe(true);
      expect(v.reconcile({ stories: [{ name: 'a', documents, groups: [agree] }], errors: [{ path: 'x.txt', message: 'binary file' }] }), errorsOf(v.reconcile)).toBe(true);
      expect(v.reconcile({ documents: [], groups: [], errors: [] })).toBe(true);
    }
  });

  it.each([
    ['an unknown status', output([{ ...agree, status: 'agreed' }])],
    ['an unknown conflict code', output([{ ...conflict, code: 'name-differs' }])],
    ['a conflict without its message', output([changed(conflict, (c) => delete c.message)])],
    ['a conflict without variants', output([changed(conflict, (c) => delete c.variants)])],
    ['a conflict with one variant', output([changed(conflict, (c) => c.variants.pop())])],
    ['an agreement with a code', output([{ ...agree, code: 'rounding' }])],
    ['an agreement of one mention', output([changed(agree, (g) => g.mentions.pop())])],
    ['a group without mentions', output([{ ...single, mentions: [] }])],
    ['a mention without its line', output([changed(agree, (g) => delete g.mentions[0].line)])],
    ['a mention at column 0', output([changed(agree, (g) => (g.mentions[0].column = 0))])],
    ['money whose value is text', output([{ ...agree, value: '5000000' }])],
    ['a mention of money whose value is text', output([changed(agree, (g) => (g.mentions[1].value = '5 juta'))])],
    ['a date that is no ISO date', output([{ ...single, value: '24 August' }])],
    ['a date that is not a string', output([{ ...single, value: 20240824 }])],
    ['a currency that is no ISO code', output([{ ...agree, currency: '€' }])],
    ['a fact type that does not exist', output([{ ...single, type: 'duration' }])],
    ['no errors array', { documents, groups: [] }],
    ['both a story and stories', { ...output([]), stories: [] }],
    ['a story without its name', { stories: [{ documents, groups: [] }], errors: [] }],
    ['a document without its language', { documents: [{ path: 'a.txt' }], groups: [], errors: [] }],
  ])('rejects %s', (_, data) => {
    expect(strict.reconcile(data)).toBe(false);
    expect(open.reconcile(data)).toBe(false);
  });

  it('rejects a field it does not describe in the tests, accepts it as shipped (the contract lets fields be added)', () => {
    const extra = output([{ ...agree, reviewedBy: 'an editor' }]);
    expect(strict.reconcile(extra)).toBe(false);
    expect(open.reconcile(extra)).toBe(true);
  });

  it('describes an ndjson line: a group with its story', () => {
    expect(strict.reconcileLine({ story: '', ...conflict }), errorsOf(strict.reconcileLine)).toBe(true);
    expect(strict.reconcileLine(conflict)).toBe(false);
    expect(strict.reconcileLine({ story: '', ...agree, status: 'disagree' })).toBe(false);
  });
});

describe('check.schema.json', () => {
  const missing = { ...agree, absent: ['a.ru.txt', 'a.pt.txt'] };

  it('accepts conflicts, and facts missing from some versions with where they are missing', () => {
    expect(strict.check(output([conflict, missing])), errorsOf(strict.check)).toBe(true);
    expect(strict.check({ stories: [{ name: 'a', documents, groups: [missing] }], errors: [] }), errorsOf(strict.check)).toBe(true);
    expect(strict.check(output([])), errorsOf(strict.check)).toBe(true);
    expect(strict.checkLine({ story: 'a', ...missing }), errorsOf(strict.checkLine)).toBe(true);
  });

  it.each([
    ['an agreement that is not missing anywhere', output([agree])],
    ['a missing fact with no absent version', output([{ ...agree, absent: [] }])],
    ['a conflict with absent versions', output([{ ...conflict, absent: ['a.id.txt'] }])],
    ['a bad group inside a story', { stories: [{ name: 'a', documents, groups: [single] }], errors: [] }],
    ['what reconcile.schema.json rejects', output([{ ...conflict, code: 'typo' }])],
  ])('rejects %s', (_, data) => {
    expect(strict.check(data)).toBe(false);
    expect(open.check(data)).toBe(false);
  });

  it('describes an ndjson line: a discrepancy with its story', () => {
    expect(strict.checkLine(missing)).toBe(false);
    expect(strict.checkLine({ story: 'a', ...agree })).toBe(false);
  });
});
