// The scan text: a copy of the document, the same length in UTF-16 units, that the
// extraction regexes run on. Offsets into it are offsets into the document.
//   - every decimal digit (Eastern Arabic ٠-٩, Persian ۰-۹, Devanagari …) becomes ASCII 0-9;
//   - every kind of space (NBSP, narrow NBSP, thin space …) becomes a plain space;
//   - invisible format marks (RLM, LRM, ALM, ZWSP, bidi isolates, soft hyphen) become a space,
//     so "١٢\u200f٫٥" or "€\u200b5" read as the visible text does;
//   - the joiners ZWNJ and ZWJ (U+200C, U+200D) between two letters stay: they are inside a
//     word (Persian "میلیون‌ها" millions, "سه‌شنبه" Tuesday; Indic conjuncts), and word
//     boundaries count them as letters (text/regexSource.ts); anywhere else they are a space;
//   - the minus sign (U+2212) and the hyphens (U+2010, U+2011, the Hebrew maqaf U+05BE)
//     become "-";
//   - the full-width forms of ASCII that CJK text writes figures with ("３．５％", "＄５") become
//     ASCII, except the full-width comma: in CJK text it is the clause comma ("增长5，而"), not
//     a digit group mark.

const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const DIGIT = /\p{Nd}/u;
const KEEP = 1;
/** Table entry of the joiners: kept between two letters, else a space. */
const JOINER = 2;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Per BMP code unit: 0 = not yet known, KEEP, JOINER, or the replacement's code + 2 (never below 0x22). */
const table = new Uint16Array(0x10000);

/** ASCII digit of a BMP decimal digit: Unicode keeps each script's 0-9 in one run of ten. */
function asciiDigit(code: number): number {
  let zero = code;
  while (zero > code - 9 && DIGIT.test(String.fromCharCode(zero - 1))) zero--;
  return 0x30 + code - zero;
}

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  if (code === 0x200c || code === 0x200d) return JOINER;
  if (code === 0x2212 || code === 0x2010 || code === 0x2011 || code === 0x05be) return 0x2d + 2;
  if (code >= 0xff01 && code <= 0xff5e && code !== 0xff0c) return code - 0xfee0 + 2;
  if (SPACES.test(ch) || INVISIBLE.test(ch)) return 0x20 + 2;
  if ((code < 0xd800 || code > 0xdfff) && DIGIT.test(ch)) return asciiDigit(code) + 2;
  return KEEP;
}

export function scanText(text: string): string {
  let out: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    let entry = table[code]!;
    if (entry === 0) entry = table[code] = classify(code);
    if (entry === KEEP) continue;
    if (entry === JOINER) {
      if (LETTER_OR_MARK.test(text[i - 1] ?? '') && LETTER_OR_MARK.test(text[i + 1] ?? '')) continue;
      entry = 0x20 + 2;
    }
    (out ??= []).push(text.slice(from, i), String.fromCharCode(entry - 2));
    from = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}
