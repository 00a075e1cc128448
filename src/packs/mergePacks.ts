// A user pack laid over a built-in one: it extends word lists and maps, and replaces
// rules that share an id.
import type { PatternRule, RulePack } from './types.js';

type Json = unknown;

function isPlainObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mergeRules(base: PatternRule[], extra: PatternRule[]): PatternRule[] {
  const byId = new Map(base.map((r) => [r.id, r]));
  for (const rule of extra) byId.set(rule.id, rule);
  return [...byId.values()];
}

function mergeValue(base: Json, extra: Json): Json {
  if (Array.isArray(base) && Array.isArray(extra)) {
    const all = [...base, ...extra];
    // Word lists stay free of repeats; lists of objects keep every entry.
    return all.every((x) => typeof x === 'string') ? [...new Set(all)] : all;
  }
  if (isPlainObject(base) && isPlainObject(extra)) {
    const out: Record<string, Json> = { ...base };
    for (const [k, v] of Object.entries(extra)) out[k] = k in base ? mergeValue(base[k], v) : v;
    return out;
  }
  return extra;
}

export function mergePacks(base: RulePack, overlay: Partial<RulePack>): RulePack {
  const { rules, ...rest } = overlay;
  const merged = mergeValue(base, rest) as RulePack;
  merged.rules = mergeRules(base.rules, rules ?? []);
  return merged;
}
