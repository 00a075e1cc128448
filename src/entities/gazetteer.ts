// Places from CLDR: every country and territory name in the pack's language and in English
// (placeNames in packs/intlVocabulary.ts), plus the pack's own forms (abbreviations, other
// names). A place's key is its ISO 3166 code, the same in every language: "Kasachstan",
// "Cazaquistão", "كازاخستان" and "Казахстане" are all KZ.
import type { RulePack } from '../packs/types.js';

// Dotted İ and dotless ı are I and i first: lower-cased outside a Turkic locale "İ" gains a
// combining dot, and a name is compared the same in every language's pack.
export const normaliseName = (s: string) => s.normalize('NFC').replace(/İ/g, 'I').replace(/ı/g, 'i').toLocaleLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** A place name compared without abbreviation dots: "EE. UU." is "ee uu", "E.U.A." is "eua". */
export const placeKey = (s: string) => normaliseName(s.replace(/\./g, ''));

export interface Gazetteer {
  /** Place name (normalised, words joined by one space) -> ISO code. */
  readonly names: ReadonlyMap<string, string>;
  /** The most words any name has. */
  readonly longest: number;
  /** First words of names (and their first four letters, for inflected or prefixed forms): a cheap test before any lookup. */
  readonly starts: ReadonlySet<string>;
}

export function buildGazetteer(pack: RulePack, placeNames: ReadonlyArray<readonly [string, string]>): Gazetteer {
  const names = new Map<string, string>();
  for (const [name, code] of placeNames) {
    // A name two regions share goes to the first; names with brackets are not how texts write them.
    if (!/[()]/.test(name) && !names.has(placeKey(name))) names.set(placeKey(name), code);
  }
  for (const [code, forms] of Object.entries(pack.entities?.places ?? {})) for (const f of forms) names.set(placeKey(f), code);
  // Inflected forms: "Франции" from "Франция", "Frankreichs" from "Frankreich".
  const inflected = new Map<string, string>();
  for (const [from, to] of pack.entities?.placeForms ?? []) {
    for (const [name, code] of names) if (name.endsWith(from)) inflected.set(name.slice(0, name.length - from.length) + to, code);
  }
  for (const [name, code] of inflected) if (!names.has(name)) names.set(name, code);
  for (const name of (pack.entities?.notNames ?? []).map(placeKey)) names.delete(name);
  let longest = 1;
  const starts = new Set<string>();
  for (const name of names.keys()) {
    const words = name.split(' ');
    longest = Math.max(longest, words.length);
    starts.add(words[0]!.slice(0, 4));
  }
  return { names, longest, starts };
}
