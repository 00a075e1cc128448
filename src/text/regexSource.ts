// Building regex source from word lists.

export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * A non-capturing alternation of literal forms, longest first, spaces matching any run of
 * blanks, a ZWNJ (Persian "سه‌شنبه") matching a ZWNJ, blanks or nothing, as the word is typed.
 */
export function alternation(forms: Iterable<string>): string {
  const unique = [...new Set([...forms].filter((f) => f.length > 0))];
  if (unique.length === 0) return '(?!)';
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${unique.map((f) => escapeRegex(f).replace(/ +/g, '\\s+').replace(/\u200c/g, '(?:\\u200c|\\s+)?')).join('|')})`;
}

/**
 * Scripts written without spaces between words (Han, Hiragana, Katakana, Thai, Lao, Khmer,
 * Myanmar). A letter of theirs never continues a word at a word boundary, so a word of the
 * vocabulary is found inside a run of them ("三千五百万美元", "在2024年"). By script
 * extension, so the marks the scripts share (ー, 々, 〇) count too.
 */
export const UNSPACED_SCRIPT = '[\\p{scx=Han}\\p{scx=Hira}\\p{scx=Kana}\\p{sc=Thai}\\p{sc=Laoo}\\p{sc=Khmr}\\p{sc=Mymr}]';
export const UNSPACED_SCRIPT_RE = new RegExp(UNSPACED_SCRIPT, 'u');
/**
 * A letter or combining mark of a script that spaces its words: what a word boundary looks at.
 * The joiners ZWNJ and ZWJ count as letters: the scan text keeps them only inside a word.
 */
export const LETTER = `(?:(?!${UNSPACED_SCRIPT})[\\p{L}\\p{M}\\u200c\\u200d])`;
/** Characters that continue a word: such letters and marks, and digits. */
export const WORD_CHAR = `(?:(?!${UNSPACED_SCRIPT})[\\p{L}\\p{M}\\p{N}\\u200c\\u200d])`;
export const WORD_CHAR_RE = new RegExp(WORD_CHAR, 'u');
/**
 * What continues a word after a scale word: as WORD_CHAR, except that digits may follow a
 * scale word of an unspaced script, which writes the smaller places on it ("3億5000万",
 * "1万2000").
 */
export const SCALE_CONTINUES = `(?:${LETTER}|(?<!${UNSPACED_SCRIPT})\\p{N})`;
export const LETTER_RE = new RegExp(LETTER, 'u');

/** Lookbehind for the start of a word; `prefixes` are letters that may be glued on (Arabic و, ب). */
export function wordStart(prefixes: readonly string[] = []): string {
  if (prefixes.length === 0) return `(?<!${WORD_CHAR})`;
  return `(?<=^|[^\\p{L}\\p{M}\\p{N}\\u200c\\u200d]|${UNSPACED_SCRIPT}|(?<!${LETTER})${alternation(prefixes)})`;
}

export const WORD_END = `(?!${WORD_CHAR})`;
