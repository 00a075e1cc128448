// Scale words that are false friends: a word of one language that looks like a word of
// another language 1000 times smaller. German "Billion" and Spanish "billón" are 10^12,
// English "billion" 10^9; Portuguese "bilião" is 10^12 and Brazilian "bilhão" 10^9. Told by
// the packs' own scale words and values, not by a list: two forms look alike when one's
// name skeleton begins with the other's (see alike).
import { skeleton } from '../entities/nameKey.js';
import { Romanizer } from '../entities/romanize.js';
import { loadPacks } from '../packs/loadPacks.js';
import type { RulePack } from '../packs/types.js';

interface Form {
  lang: string;
  form: string;
  value: number;
  skeleton: string;
  /** Romanised, doubled letters once. */
  spelling: string;
}

/**
 * One skeleton begins with the other, of three symbols at least ("billion" and "billón" BLN),
 * or of two when the spellings also begin alike ("bilião" BL and "billion": "bili").
 */
function alike(a: Form, b: Form): boolean {
  const [short, long] = a.skeleton.length <= b.skeleton.length ? [a, b] : [b, a];
  if (a.form === b.form || short.skeleton.length < 2 || !long.skeleton.startsWith(short.skeleton)) return false;
  return short.skeleton.length >= 3 || a.spelling.slice(0, 4) === b.spelling.slice(0, 4);
}

/** Per language, its scale forms that look like a form 1000 times smaller in another language. */
export function falseFriendsOf(packs: Iterable<RulePack>): Map<string, RegExp> {
  const forms: Form[] = [];
  for (const pack of packs) {
    const romanizer = Romanizer.of(pack);
    for (const scale of pack.numbers.scales) {
      // Whole words of the -illion family (short forms and the thousands say nothing of a scale system).
      if (scale.value >= 1e6) for (const form of scale.forms) if (/^\p{L}{6,}$/u.test(form)) forms.push({ lang: pack.lang, form, value: scale.value, skeleton: skeleton(form, romanizer), spelling: romanizer.romanize(form).replace(/(.)\1+/g, '$1') });
    }
  }
  const friends = new Map<string, Set<string>>();
  for (const big of forms) {
    const friend = forms.some((small) => small.value * 1000 === big.value && alike(small, big));
    if (friend) friends.set(big.lang, (friends.get(big.lang) ?? new Set()).add(big.form.toLocaleLowerCase()));
  }
  return new Map([...friends].map(([lang, set]) => [lang, new RegExp(`(?<!\\p{L})(?:${[...set].join('|')})(?!\\p{L})`, 'iu')]));
}

let builtin: Map<string, RegExp> | undefined;

/** Whether a figure's text in a language holds a false-friend scale word (of the built-in packs). */
export function holdsFalseFriend(text: string, lang: string): boolean {
  builtin ??= falseFriendsOf(loadPacks().values());
  return builtin.get(lang)?.test(text) ?? false;
}
