// Agreement: the mentions of a story that state the same fact with the same value, found by
// hashing or sorting on the normalised value (never by comparing every pair).
//   - numbers, percentages, money: equal once both are rounded to the coarser of the two
//     written precisions ("12,5 Mio." and "12.48 million"), plus --tolerance; money also
//     needs the same currency;
//   - dates: the same ISO value, a year the text does not state counting as unknown
//     ("28 августа" agrees with "28.08.2024");
//   - names: the same key (a person's family name; a place's ISO code).
import { isTextValueType, type Fact, type FactType, type TextValueType } from '../types.js';
import { givenKeyOf, givenNameSpellings } from './givenNames.js';
import { sameUnit } from './unitConversion.js';

export interface Item {
  /** Index of the document in the story. */
  doc: number;
  fact: Fact;
}

export interface Cluster {
  id: number;
  type: FactType;
  items: Item[];
  docs: Set<number>;
  /** Names: the clusters of one family name (people told apart by given name) share this number. */
  family?: number;
}

export const FIGURE_NUMERIC = new Set<FactType>(['number', 'percent', 'money', 'ordinal']);
const ENTITY = new Set<FactType>(['person', 'org', 'place']);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function newCluster(clusters: Cluster[], type: FactType, items: Item[]): Cluster {
  const cluster = { id: clusters.length, type, items, docs: new Set(items.map((i) => i.doc)) };
  clusters.push(cluster);
  return cluster;
}

/** Two written numbers agree when they round to the same value at the coarser precision. */
export function numbersAgree(a: Fact, b: Fact, tolerance: number): boolean {
  const x = a.value as number;
  const y = b.value as number;
  const step = Math.max(a.precision ?? 0, b.precision ?? 0);
  const slack = step / 2 + tolerance * Math.max(Math.abs(x), Math.abs(y));
  return Math.abs(x - y) <= slack * (1 + 1e-9) + 1e-12 && (step > 0 || tolerance > 0 || x === y);
}

/**
 * Equal values first; then a value written more coarsely ("8", "12,5 Mio.") joins the one
 * finer value it rounds to, and stays apart when it could round from two ("8" from 7.5 and
 * 7.7): a rounding never hides a difference between the finer versions.
 */
function clusterNumbers(items: Item[], type: FactType, tolerance: number, clusters: Cluster[]): void {
  const byValue = new Map<number, Item[]>();
  for (const item of items) push(byValue, item.fact.value as number, item);
  const precisionOf = (group: Item[]) => Math.min(...group.map((i) => i.fact.precision ?? 0));
  const groups = [...byValue.values()].sort((a, b) => precisionOf(a) - precisionOf(b) || (a[0]!.fact.value as number) - (b[0]!.fact.value as number));
  const kept: Item[][] = [];
  for (const group of groups) {
    const fits = kept.filter((k) => numbersAgree(k[0]!.fact, group[0]!.fact, tolerance));
    if (fits.length === 1 && (precisionOf(group) > precisionOf(fits[0]!) || tolerance > 0)) fits[0]!.push(...group);
    else kept.push(group);
  }
  for (const group of kept) for (const part of byUnit(group)) newCluster(clusters, type, part);
}


/**
 * One value in different units is different facts ("5 cm" and "5 mm"); a figure without a
 * unit (extraction missed it, or the text leaves it out) goes with the unit most documents give.
 */
function byUnit(group: Item[]): Item[][] {
  const parts: Item[][] = [];
  const unitless: Item[] = [];
  for (const item of group) {
    const unit = item.fact.unit;
    if (!unit) {
      unitless.push(item);
      continue;
    }
    const part = parts.find((p) => sameUnit(p[0]!.fact.unit!, unit));
    if (part) part.push(item);
    else parts.push([item]);
  }
  if (parts.length <= 1) return [group];
  const docsIn = (part: Item[]) => new Set(part.map((i) => i.doc)).size;
  parts.sort((a, b) => docsIn(b) - docsIn(a));
  parts[0]!.push(...unitless);
  return parts;
}

/** A date's claim: its value, with a year the text does not state left out ("--08-28"), an impossible day put in. */
export function dateClaim(f: Fact): string {
  // A day the month has not ("0 October 1968") is claimed as written, so it agrees with no date.
  if (f.impossibleDay !== undefined) return `${String(f.value)}-${String(f.impossibleDay).padStart(2, '0')}`;
  const value = String(f.value);
  if (!f.inferred?.includes('year')) return value;
  return value
    .split('/')
    .map((part) => part.replace(/^\d{4}/, '-'))
    .join('/');
}

const yearless = (claim: string) => claim.startsWith('--');
const withoutYear = (claim: string) => claim.split('/').map((part) => part.replace(/^\d{4}/, '-')).join('/');

function clusterDates(items: Item[], clusters: Cluster[]): void {
  const byClaim = new Map<string, Item[]>();
  for (const item of items) {
    push(byClaim, dateClaim(item.fact), item);
  }
  // A yearless date joins the one dated claim with its month and day, when there is one.
  for (const [claim, group] of [...byClaim]) {
    if (!yearless(claim)) continue;
    const dated = [...byClaim.keys()].filter((other) => !yearless(other) && withoutYear(other) === claim);
    if (dated.length === 1) {
      byClaim.get(dated[0]!)!.push(...group);
      byClaim.delete(claim);
    }
  }
  for (const group of byClaim.values()) newCluster(clusters, 'date', group);
}

/** Times and identifiers by value; scores by their pair of numbers in either order ("won 3-1", "lost 1-3"). */
function clusterByTextValue(items: Item[], clusters: Cluster[], type: TextValueType): void {
  const byValue = new Map<string, Item[]>();
  const keyOf = (v: string) => (type === 'score' ? v.split('-').sort().join('-') : v);
  for (const item of items) push(byValue, keyOf(String(item.fact.value)), item);
  for (const group of byValue.values()) newCluster(clusters, type, group);
}

/** The key a name is grouped by: a person's family name, or a place's ISO code. */
export function nameKeyOf(f: Fact): string {
  if (f.type === 'place') return `place:${f.key ?? f.value}`;
  return f.keyParts?.at(-1) ?? f.key ?? String(f.value);
}

/**
 * One family name's mentions, split by given name; a mention of the family name alone goes
 * with the person most versions name ("Durov" said, after "Pavel Durov").
 */
function byGivenName(group: Item[]): Item[][] {
  const spelling = givenNameSpellings(group.map((i) => i.fact));
  const people = new Map<string, Item[]>();
  const familyOnly: Item[] = [];
  for (const item of group) {
    const given = givenKeyOf(item.fact);
    if (given) push(people, spelling.get(given)!, item);
    else familyOnly.push(item);
  }
  const split = [...people.values()];
  if (split.length === 0) return [familyOnly];
  const versions = (items: Item[]) => new Set(items.map((i) => i.doc)).size;
  const main = split.reduce((best, p) => (versions(p) > versions(best) ? p : best));
  main.push(...familyOnly);
  return split.map((items) => [...items].sort((a, b) => a.doc - b.doc || a.fact.start - b.fact.start));
}

function clusterNames(items: Item[], clusters: Cluster[]): void {
  const byKey = new Map<string, Item[]>();
  for (const item of items) {
    const key = nameKeyOf(item.fact);
    if (key) push(byKey, key, item);
  }
  let family = 0;
  for (const [key, group] of byKey) {
    const people = key.startsWith('place:') ? [group] : byGivenName(group);
    for (const person of people) {
      // Types differ between versions ("Durov" taken for an organisation): the majority names it.
      const votes = new Map<FactType, number>();
      for (const i of person) votes.set(i.fact.type, (votes.get(i.fact.type) ?? 0) + (i.fact.type === 'person' ? 1.5 : 1));
      const type = [...votes].sort((a, b) => b[1] - a[1])[0]![0];
      newCluster(clusters, type, person).family = family;
    }
    family++;
  }
}

export function agreementClusters(docs: ReadonlyArray<{ facts: readonly Fact[] }>, tolerance: number): Cluster[] {
  const byType = new Map<string, Item[]>();
  docs.forEach((doc, d) =>
    doc.facts.forEach((fact) => {
      const bucket = ENTITY.has(fact.type) ? 'names' : fact.type === 'money' ? `money:${fact.currency ?? ''}` : fact.type;
      push(byType, bucket, { doc: d, fact });
    }),
  );
  const clusters: Cluster[] = [];
  for (const [bucket, items] of [...byType].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const type = bucket.split(':')[0] as FactType;
    if (bucket === 'names') clusterNames(items, clusters);
    else if (type === 'date') clusterDates(items, clusters);
    else if (isTextValueType(type)) clusterByTextValue(items, clusters, type);
    else if (FIGURE_NUMERIC.has(type)) clusterNumbers(items, type, tolerance, clusters);
  }
  return clusters;
}
