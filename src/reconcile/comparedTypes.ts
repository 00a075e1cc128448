// The fact types that aligned sentences compare one by one. Names are compared through their
// keys across the whole story (nameConflicts.ts), not sentence by sentence.
import type { FactType } from '../types.js';

export const COMPARED_TYPES: ReadonlySet<FactType> = new Set<FactType>(['number', 'percent', 'money', 'date', 'ordinal', 'time', 'score', 'identifier']);
