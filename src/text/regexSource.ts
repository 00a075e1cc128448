// Building regex source from word lists.

export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** A non-capturing alternation of literal forms, longest first, spaces matching any run of blanks. */
export function alternation(forms: Iterable<string>): string {
  const unique = [...new Set([...forms].filter((f) => f.length > 0))];
  if (unique.length === 0) return '(?!)';
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${unique.map((f) => escapeRegex(f).replace(/ +/g, '\\s+')).join('|')})`;
}

/** Characters that continue a word: letters, combining marks, digits. */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
export const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;
export const LETTER_RE = /[\p{L}\p{M}]/u;

/** Lookbehind for the start of a word; `prefixes` are letters that may be glued on (Arabic و, ب). */
export function wordStart(prefixes: readonly string[] = []): string {
  if (prefixes.length === 0) return `(?<!${WORD_CHAR})`;
  return `(?<=^|[^\\p{L}\\p{M}\\p{N}]|(?<![\\p{L}\\p{M}])${alternation(prefixes)})`;
}

export const WORD_END = `(?!${WORD_CHAR})`;
