// The romanizer of each language as extraction builds it: the built-in pack's own
// letter values, or any-ascii alone for a language without a pack.
import { Romanizer } from '../../src/entities/romanize.js';
import { loadPacks } from '../../src/packs/loadPacks.js';

const packs = loadPacks();
const made = new Map<string, Romanizer>();

export function romanizerOf(lang: string): Romanizer {
  let r = made.get(lang);
  if (!r) {
    const pack = packs.get(lang);
    r = pack ? Romanizer.of(pack) : new Romanizer(lang);
    made.set(lang, r);
  }
  return r;
}
