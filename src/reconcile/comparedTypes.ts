// The fact types that aligned sentences compare one by one. Names are compared through their
// keys across the whole story (nameConflicts.ts), not sentence by sentence.
import type { FactType } from '../types.js';

/** Translations write a rank as a number and back ("am 15. Loch", "on 13"): ordinals compare with numbers. */
export const comparisonKind = (type: FactType): FactType => (type === 'ordinal' ? 'number' : type);

export const COMPARED_TYPES: ReadonlySet<FactType> = new Set<FactType>(['number', 'percent', 'money', 'date', 'ordinal', 'time', 'weekday', 'score', 'identifier']);
