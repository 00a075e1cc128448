// The fact types that aligned sentences compare one by one. Names are compared through their
// keys across the whole story (nameConflicts.ts), not sentence by sentence.
import type { FactType } from '../types.js';

/** Translations write a rank as a number and back ("am 15. Loch", "on 13"): ordinals compare with numbers. */
export const comparisonKind = (type: FactType): FactType => (type === 'ordinal' ? 'number' : type);

export const COMPARED_TYPES: ReadonlySet<FactType> = new Set<FactType>(['number', 'percent', 'money', 'date', 'ordinal', 'time', 'weekday', 'score', 'identifier']);

const KINDS = [...new Set([...COMPARED_TYPES].map(comparisonKind))];
/** How many kinds the compared types fall into. */
export const KIND_COUNT = KINDS.length;
const KIND_INDEX = new Map([...COMPARED_TYPES].map((t) => [t, KINDS.indexOf(comparisonKind(t))]));
/** The index of a type's kind, from 0 to KIND_COUNT - 1; -1 for a type not compared (names). */
export const kindIndex = (type: FactType): number => KIND_INDEX.get(type) ?? -1;
