// Word tokens of a document for name finding: offsets, script and shape.

/** The Unicode script of a word's first letter (ISO 15924 code, 'other' for a script not listed). */
export type Script = string;

const SCRIPTS = ['Latn', 'Cyrl', 'Arab', 'Hebr', 'Grek', 'Deva', 'Hang', 'Hira', 'Kana', 'Hani', 'Thai', 'Armn', 'Geor', 'Beng', 'Taml', 'Ethi'].map(
  (code) => [code, new RegExp(`\\p{Script=${code}}`, 'u')] as const,
);

export interface Token {
  start: number;
  end: number;
  text: string;
  script: Script;
  /** Written in letters that have no case (Arabic, Hebrew, Devanagari, Hangul, Han): its shape says nothing of a name. */
  caseless: boolean;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** All letters upper case, at least two ("RTMP", "США"). */
  allCaps: boolean;
  /** An upper-case letter after a lower-case one ("WhatsApp", "iOS"). */
  camel: boolean;
  /** First word of a sentence, a line or a quotation: capitalised by grammar, not by being a name. */
  sentenceStart: boolean;
}

// Words with inner hyphens, apostrophes and dots ("Telegram-Benutzer", "Meta's", "U.S"), and
// the Hebrew geresh and gershayim, which mark a letter or an abbreviation inside a word ("ג׳ו", "צה״ל").
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’.\-‐\u05f3\u05f4][\p{L}\p{M}\p{N}]+)*/gu;
/** Sentence punctuation (or a bullet, a line break) and then nothing but quotes, brackets and blanks. */
const SENTENCE_BREAK = /[.!?…:;¿¡\n•·][^\p{L}\p{N}]*$/u;
/** "Dr. Terawan", "EE. UU.", "J. K. Rowling", "U.S. Defense": a dot after a short capitalised word, an initial or an initialism ends no sentence. */
const ABBREVIATION = /^(?:\p{Lu}\p{L}{0,2}|(?:\p{Lu}\.)+\p{Lu})$/u;

function scriptOf(word: string): Script {
  const first = word[0]!;
  return SCRIPTS.find(([, re]) => re.test(first))?.[0] ?? 'other';
}

/** An elided article or preposition before a name: French "l'Allemagne", "d'Apple", "jusqu'à". */
const ELISION = /^\p{Ll}{1,7}['’](?=\p{Lu})/u;

/**
 * Words split where the script changes ("وWhatsApp": an Arabic "and" glued to a Latin name)
 * and after an elision ("d'Apple" is "d'" and "Apple").
 */
function* words(text: string): Generator<{ index: number; word: string }> {
  for (const m of text.matchAll(WORD)) {
    const elided = ELISION.exec(m[0]);
    let from = elided ? elided[0].length : 0;
    if (elided) yield { index: m.index, word: elided[0] };
    const w = m[0];
    for (let i = from + 1; i < w.length; i++) {
      if (/\p{L}/u.test(w[i]!) && /\p{L}/u.test(w[i - 1]!) && scriptOf(w[i]!) !== scriptOf(w[i - 1]!)) {
        yield { index: m.index + from, word: w.slice(from, i) };
        from = i;
      }
    }
    yield { index: m.index + from, word: w.slice(from) };
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of words(text)) {
    const word = m.word;
    const letters = word.replace(/[^\p{L}]/gu, '');
    const gap = text.slice(previousEnd, m.index);
    const glued = m.index === previousEnd && tokens.length > 0;
    const previous = tokens.at(-1);
    const abbreviation = previous !== undefined && /^\.[ \t]+$/.test(gap) && ABBREVIATION.test(previous.text);
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      script: scriptOf(word),
      caseless: /\p{Lo}/u.test(letters) && !/[\p{Lu}\p{Ll}\p{Lt}]/u.test(letters),
      // "al-Assad", "el-Sisi": a short particle joined to a capitalised name.
      capitalised: /^\p{Lu}/u.test(word) || /^\p{Ll}{1,3}-\p{Lu}/u.test(word),
      allCaps: letters.length >= 2 && letters === letters.toLocaleUpperCase() && letters !== letters.toLocaleLowerCase(),
      camel: /\p{Ll}\p{Lu}/u.test(word),
      sentenceStart: tokens.length === 0 || (!glued && !abbreviation && SENTENCE_BREAK.test(gap)),
    });
    previousEnd = m.index + word.length;
  }
  return tokens;
}
