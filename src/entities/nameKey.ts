// The script-independent key of a name: its romanisation reduced to a consonant skeleton
// in which letters that scripts and spellings confuse are one symbol (p/b, f/v/w, g/j/zh/gh,
// s/z/ts, sh/ch …) and vowels, which Arabic does not write, are left out, as are h and kh. "Madiyev",
// "Madiev", "Madijew", "Мадиев" and "مادييف" are all MDF; "Baglan" (BJLN) is not "Zhaslan" (JSLN).
import type { Romanizer } from './romanize.js';

/** Digraphs first, then single letters; each maps to one skeleton symbol ('' drops it). */
const DIGRAPHS: Array<[RegExp, string]> = [
  // sh and ch are one symbol: Arabic has no "ch" (it writes تش or ش), Spanish "Sánchez" is "سانشيز".
  [/shch|sch|tsh|tch|sh|ch/g, 'X'],
  [/dzh|dj/g, 'J'],
  [/zh|gh/g, 'J'],
  // h and kh are often silent or lost between scripts ("Johnson", "Ахмед", "محمد").
  [/kh/g, ''],
  [/ph/g, 'F'],
  [/wh/g, 'F'],
  // "ng" before a consonant or at the end is one nasal ("Washington", "واشنطن").
  [/ng(?![aeiouy])/g, 'N'],
  [/th/g, 'T'],
  [/dh/g, 'D'],
  [/ts|tz/g, 'S'],
  [/ck/g, 'K'],
  [/c(?=[eiy])/g, 'S'],
  [/x/g, 'KS'],
];

const LETTERS: Record<string, string> = {
  b: 'B', p: 'B', f: 'F', v: 'F', w: 'F', g: 'J', j: 'J', k: 'K', c: 'K', q: 'K', s: 'S', z: 'S', t: 'T', d: 'D',
  l: 'L', r: 'R', m: 'M', n: 'N', h: '',
};

/** The skeleton of one word of a name. */
export function skeleton(word: string, romanizer: Romanizer): string {
  let s = romanizer.romanize(word).replace(/[^a-z]/g, '');
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  let out = '';
  for (const ch of s) {
    const symbol = ch === ch.toUpperCase() ? ch : LETTERS[ch] ?? '';
    // Doubled letters ("Apple", "Mohammed") count once.
    if (symbol && !out.endsWith(symbol)) out += symbol;
  }
  return out;
}

export interface NameKey {
  key: string;
  keyParts: string[];
}

/** Key of a whole name and of each of its words ("Pavel Durov" → BFL DRF). */
export function nameKey(words: readonly string[], romanizer: Romanizer): NameKey {
  const keyParts = words.map((w) => skeleton(w, romanizer)).filter(Boolean);
  return { key: keyParts.join(' '), keyParts };
}

/**
 * A looser spelling key, with vowels, for short names whose skeleton says too little
 * ("Meta" MT would also match Arabic "مات"): vowels folded to a, i, u, doubled letters
 * once, a final vowel dropped. "Meta" and "ميتا" are both "mit"; "Apple" and "أبل" "abl".
 */
export function looseKey(word: string, romanizer: Romanizer): string {
  return romanizer.romanize(word)
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/ck|c|q/g, 'k')
    .replace(/[eéy]/g, 'i')
    .replace(/o/g, 'u')
    .replace(/p/g, 'b')
    .replace(/[vw]/g, 'f')
    .replace(/h/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=[^aiu])[aiu]$/, '');
}
