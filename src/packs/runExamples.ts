// A pack's examples are its specification: each positive example yields exactly one fact of
// its kind, spanning the given text, with the given value; each negative yields no figure.
import { Extractor } from '../extract/Extractor.js';
import { ENTITY_TYPES, FIGURE_TYPES, type Fact } from '../types.js';
import type { Example, RulePack } from './types.js';

export interface ExampleFailure {
  lang: string;
  /** A positive example, or a negative one (figures or names). */
  kind: 'example' | 'negative';
  text: string;
  problem: string;
}

/** What `rules` counts and `rules test` runs: the positive examples, and the negatives of figures and of names. */
export function exampleCounts(pack: RulePack): { examples: number; negatives: number } {
  return { examples: pack.examples.length, negatives: pack.negatives.length + (pack.nameNegatives?.length ?? 0) };
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function describe(f: Fact): string {
  return `${f.type} ${JSON.stringify(f.value)}${f.currency ? ` ${f.currency}` : ''}${f.qualifier ? ` (${f.qualifier})` : ''} "${f.text}"`;
}

function checkExample(example: Example, facts: Fact[]): string | undefined {
  const isEntity = (ENTITY_TYPES as readonly string[]).includes(example.type);
  const kindOf = (f: Fact) => (ENTITY_TYPES as readonly string[]).includes(f.type) === isEntity;
  const relevant = facts.filter(kindOf);
  const span = example.span ?? example.text;
  if (relevant.length !== 1) {
    return `expected one ${isEntity ? 'entity' : 'figure'} "${span}", got ${relevant.length ? relevant.map(describe).join('; ') : 'none'}`;
  }
  const f = relevant[0]!;
  const problems: string[] = [];
  if (f.text !== span) problems.push(`span "${f.text}", expected "${span}"`);
  if (f.type !== example.type) problems.push(`type ${f.type}, expected ${example.type}`);
  const valueOk = typeof example.value === 'number' && typeof f.value === 'number' ? sameNumber(example.value, f.value) : example.value === f.value;
  if (!valueOk) problems.push(`value ${JSON.stringify(f.value)}, expected ${JSON.stringify(example.value)}`);
  if ((example.currency ?? undefined) !== f.currency && !isEntity) problems.push(`currency ${f.currency ?? 'none'}, expected ${example.currency ?? 'none'}`);
  if (!isEntity && (example.qualifier ?? undefined) !== f.qualifier) problems.push(`qualifier ${f.qualifier ?? 'none'}, expected ${example.qualifier ?? 'none'}`);
  if (example.unit !== undefined && f.unit !== example.unit) problems.push(`unit ${f.unit ?? 'none'}, expected ${example.unit}`);
  if (example.key !== undefined && f.key !== example.key) problems.push(`key ${f.key ?? 'none'}, expected ${example.key}`);
  if (example.lemma !== undefined && f.lemma !== example.lemma) problems.push(`lemma ${f.lemma ?? 'none'}, expected ${example.lemma}`);
  return problems.length ? problems.join('; ') : undefined;
}

/** An extractor per reference date: an example may fix the date partial dates resolve against. */
export type ExtractorFor = (refDate: string | undefined) => Extractor;

export function examplesExtractors(packs: ReadonlyMap<string, RulePack>): ExtractorFor {
  const refDates = new Set([...packs.values()].flatMap((p) => p.examples.flatMap((e) => (e.refDate ? [e.refDate] : []))));
  const byDate = new Map<string | undefined, Extractor>([[undefined, Extractor.create(packs)]]);
  for (const d of refDates) byDate.set(d, Extractor.create(packs, { refDate: new Date(`${d}T00:00:00Z`) }));
  return (refDate) => byDate.get(refDate)!;
}

export function runExamples(pack: RulePack, extractorFor: ExtractorFor): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  for (const example of pack.examples) {
    const facts = extractorFor(example.refDate).extract(example.text, pack.lang);
    const problem = checkExample(example, facts);
    if (problem) failures.push({ lang: pack.lang, kind: 'example', text: example.text, problem });
  }
  const negatives: Array<[string[], readonly string[], string]> = [
    [pack.negatives, FIGURE_TYPES, 'negative example'],
    [pack.nameNegatives ?? [], ENTITY_TYPES, 'name negative'],
  ];
  for (const [texts, types, what] of negatives) {
    for (const text of texts) {
      const found = extractorFor(undefined)
        .extract(text, pack.lang)
        .filter((f) => types.includes(f.type));
      if (found.length) failures.push({ lang: pack.lang, kind: 'negative', text, problem: `${what} yields ${found.map(describe).join('; ')}` });
    }
  }
  return failures;
}
