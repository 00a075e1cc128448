// Facts and documents built by hand for the unit tests of reconciliation: only what a test
// cares about is written, the rest (offsets, line, column, rule) is filled in.
import { nameKey } from '../../src/entities/nameKey.js';
import { romanizerOf } from './romanizers.js';
import type { StoryDocument } from '../../src/reconcile/types.js';
import type { EntityType, Fact } from '../../src/types.js';

export type FactInput = Partial<Fact> & Pick<Fact, 'type' | 'value'>;

/** A fact; text defaults to the value, start to 0, line to 1, column to start + 1. */
export function fact(input: FactInput): Fact {
  const text = input.text ?? String(input.value);
  const start = input.start ?? 0;
  return {
    ...input,
    text,
    start,
    end: input.end ?? start + text.length,
    line: input.line ?? 1,
    column: input.column ?? start + 1,
    rule: input.rule ?? 'test/by-hand',
  };
}

/**
 * A document whose facts stand in the order given, each on its own line (line = index + 1,
 * start = index * 100) unless the input says where. Translations that keep the line
 * structure are written by giving every document's facts in the same order.
 */
export function doc(path: string, lang: string, facts: readonly FactInput[]): StoryDocument {
  return {
    path,
    lang,
    facts: facts.map((f, i) => fact({ line: i + 1, start: i * 100, ...f, ...(f.start === undefined && f.column === undefined ? { column: 1 } : {}) })),
  };
}

/** A name as extraction writes it: its key and the key of each word, from the real name keys. */
export function name(type: EntityType, value: string, lang: string, extra: Partial<Fact> = {}): FactInput {
  const { key, keyParts } = nameKey(value.split(/\s+/), romanizerOf(lang));
  return { type, value, text: value, key, keyParts, ...extra };
}

export const money = (value: number, currency: string, extra: Partial<Fact> = {}): FactInput => ({ type: 'money', value, currency, ...extra });
export const num = (value: number, extra: Partial<Fact> = {}): FactInput => ({ type: 'number', value, ...extra });
export const percent = (value: number, extra: Partial<Fact> = {}): FactInput => ({ type: 'percent', value, ...extra });
export const date = (value: string, extra: Partial<Fact> = {}): FactInput => ({ type: 'date', value, ...extra });
