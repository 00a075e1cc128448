// Romanisation of a name into one Latin spelling, per source script and language:
// Cyrillic and Arabic letters by fixed tables (Arabic long vowels kept, short vowels are
// not written), Latin spellings with each language's letter values (German "sch", "j",
// "w"; French "ou"), diacritics removed.

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ј: 'j', љ: 'lj', њ: 'nj',
  ћ: 'c', ђ: 'dj', џ: 'dzh',
};

const ARABIC: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ؤ: 'u', ئ: 'i', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh',
  د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q',
  ك: 'k', ک: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', ى: 'a', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ڤ: 'v', ی: 'y',
};

/**
 * Arabic و and ي are consonants (w, y) at the start of a word or after a long vowel, else
 * long vowels; after an initial alef, which only carries the first vowel ("أوباما"), vowels.
 */
function romanizeArabic(word: string): string {
  let out = '';
  const letters = [...word.replace(/[\u064b-\u065f\u0670\u0640]/g, '')];
  letters.forEach((ch, i) => {
    const afterVowel = i === 0 || (i > 1 && /[اأإآىة]/.test(letters[i - 1]!));
    if (ch === 'و') out += afterVowel ? 'w' : 'u';
    else if (ch === 'ي') out += afterVowel ? 'y' : 'i';
    else out += ARABIC[ch] ?? ch;
  });
  return out;
}

/** Letter values of Latin spellings that differ from English-style romanisation. */
// Only spellings that differ in how a language writes foreign (Russian, Arabic) names: the
// same names written the English way ("Johnson", "Kelly", "Cromwell") must keep their key.
const LATIN_LETTERS: Record<string, Record<string, string>> = {
  de: { tsch: 'ch', sch: 'sh' },
  fr: { ou: 'u' },
  id: { sy: 'sh' },
};

/** One pass over the word, longest spelling first, so a replacement is never replaced again. */
const LATIN_RES = new Map(
  Object.entries(LATIN_LETTERS).map(([lang, map]) => [lang, new RegExp(Object.keys(map).sort((a, b) => b.length - a.length).join('|'), 'g')]),
);

export function romanize(word: string, lang: string): string {
  const lower = word.toLocaleLowerCase();
  // "Уэст", "Уильям": a Russian у before a vowel at the start is an English w.
  if (/\p{Script=Cyrillic}/u.test(lower)) return [...lower.replace(/^у(?=[эиоа])/u, 'w')].map((ch) => CYRILLIC[ch] ?? ch).join('');
  if (/\p{Script=Arabic}/u.test(lower)) return romanizeArabic(lower);
  let latin = lower.replace(/ß/g, 'ss');
  // A foreign name keeps its own spelling in any language but German/French/… letter values
  // apply to names written the local way ("Madijew", "Dourov").
  const re = LATIN_RES.get(lang);
  if (re) latin = latin.replace(re, (m) => LATIN_LETTERS[lang]![m]!);
  // German writes the Russian й as j after a vowel ("Madijew", "Tokajew"), never at the start ("Johnson").
  if (lang === 'de') latin = latin.replace(/(?<=[aeiouy])j/g, 'y');
  return latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[æ]/g, 'ae')
    .replace(/[øœ]/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd');
}
