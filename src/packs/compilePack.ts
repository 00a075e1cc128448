// A pack compiled once for extraction: lookup maps of its words (with CLDR's added) and the
// few regexes the engine runs. Every regex runs on the scan text (see text/scanText.ts).
import { setFlagsFromString } from 'node:v8';
import type { PeriodPart, Qualifier } from '../types.js';
import { alternation, LETTER, SCALE_CONTINUES, UNSPACED_SCRIPT, UNSPACED_SCRIPT_RE, WORD_CHAR, WORD_END, wordStart } from '../text/regexSource.js';
import { FormTable } from '../text/FormTable.js';
import { WordStartRegex } from '../text/WordStartRegex.js';
import { expandPattern, ruleBody, ruleFlags, type PlaceholderWords } from './expandPattern.js';
import { localeVocabulary, type LocaleVocabulary } from './localeVocabulary.js';
import { needsDigit } from './needsDigit.js';
import type { PatternRule, RulePack, ScaleWord } from './types.js';

// V8 first interprets a regex and compiles it on a later run ("tier-up"). With the packs'
// hundreds of large regexes, over many documents and languages, regexes kept being
// interpreted: extraction ran 2-5 times slower than with every regex compiled at once. Set
// here, before any pack regex exists, so every user of the engine (the CLI, its worker
// threads, the bench) gets it.
setFlagsFromString('--no-regexp-tier-up');

export interface CompiledRule {
  rule: PatternRule;
  regex: WordStartRegex;
  /** The pattern matches only with a digit: it runs only near digits. */
  needsDigit: boolean;
}

export interface CompiledPack {
  pack: RulePack;
  lang: string;
  locale: string;
  decimal: ReadonlySet<string>;
  group: ReadonlySet<string>;
  /** Groups of two before the last group of three are read too ("1,00,000"): `numbers.grouping: indian`. */
  indianGrouping: boolean;
  numberWords: ReadonlyMap<string, number>;
  multipliers: ReadonlyMap<string, number>;
  onlyBeforeScale: ReadonlySet<string>;
  startOnly: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  wordPrefixes: readonly string[];
  scales: ReadonlyMap<string, ScaleWord>;
  qualifiers: ReadonlyMap<string, Qualifier>;
  /** A clause that ends in a verb of change and at most six more words ("выросла на 5% "). */
  changeBefore: RegExp | undefined;
  months: ReadonlyMap<string, number>;
  quarters: ReadonlyMap<string, number>;
  halves: ReadonlyMap<string, number>;
  parts: ReadonlyMap<string, PeriodPart>;
  /** Lower-cased currency words and symbols -> ISO code. */
  currencies: ReadonlyMap<string, string>;
  /** ISO codes and lettered symbols, in their own case -> ISO code. */
  exactCurrencies: ReadonlyMap<string, string>;
  rules: readonly CompiledRule[];
  /** Sticky: a scale word right after a number ("Millionen", "млн", "bn"). */
  scaleAfter: RegExp;
  /** A currency word or symbol (any case) -> ISO code: after an amount, or before it for the short, symbol-like ones in `currencyPrefixes`. */
  currencyWords: FormTable<string>;
  /** Sticky: an ISO 4217 code or lettered symbol right after an amount, in its own case ("ALL" is not "all"). */
  codeAfter: RegExp;
  /** Sticky: a percent sign or word right after a number. */
  percentAfter: RegExp;
  /** Lower-cased percent words that are a multiple of a percent (`percentUnits`) -> that multiple. */
  percentUnits: ReadonlyMap<string, number>;
  /** A currency symbol or short form that may stand just before a number ("€", "US$", "Rp ") -> ISO code. */
  currencyPrefixes: FormTable<string>;
  /** Anchored at the end: an ISO 4217 code or lettered symbol just before a number ("EUR 5", "Rs 5"). */
  codeBefore: RegExp;
  /** Anchored at the end: a hedge just before a figure ("mehr als ", "حوالي "). */
  qualifierBefore: RegExp;
  /** A run of number words ("zwei Millionen", "أربعة ملايين", "vinte e cinco"). */
  numberWordRun: WordStartRegex;
  /** Global: a written number in digits; space-grouped ("12 500") only where the language groups with spaces. */
  numeral: RegExp;
  /** Sticky: blanks and a written number (for "2 juta 500 ribu"). */
  numeralAfter: RegExp;
  /** Whole text between the two numbers of a range: a dash or the pack's range words ("bis", "to"). */
  rangeJoiner: RegExp;
  /** Sticky: an ordinal suffix right after a number ("1st", "2e", "5-й"). */
  ordinalAfter: RegExp;
  /** Sticky: the "of" between a scale word and a currency ("millions de dollars"). */
  scaleOfAfter: RegExp;
  /** Whole-word number morphemes, for splitting compounds ("zweihundertfünfzig"). */
  morphemes: readonly string[];
  /** Forms that stand only inside a compound word (Italian "cent" of "centottanta") -> value. */
  compoundForms: ReadonlyMap<string, number>;
  /** Any month name: a cheap test before date parsing. */
  monthWord: WordStartRegex;
  /** Global: a weekday named in full ("Tuesday", "во вторник" reads "вторник"); `weekdays` maps it to its ISO number. */
  weekdayWord: WordStartRegex;
  weekdays: ReadonlyMap<string, number>;
  /** A unit of measure (any case) -> its CLDR id ("km", "Meilen", "pound"). */
  units: FormTable<string>;
  /** A concept word ("Kaution", "users"); `concepts` maps it to its concept id. */
  conceptWord: WordStartRegex;
  concepts: ReadonlyMap<string, string>;
  /** Anchored at the end: a percent sign or word just before a number ("%25", "yüzde 25"). */
  percentBefore: RegExp | undefined;
  /** Anchored at the end: a word just before a number that makes it negative (`numbers.minusWords`). */
  minusBefore: RegExp | undefined;
  /** The case folding the scan text takes before matching, where the locale needs one (see dottedIFold). */
  fold: ((scan: string) => string) | undefined;
}

/**
 * Where the locale's letter I lower-cases to dotless ı (Turkish, Azerbaijani, Tatar …), a
 * regex's case-insensitive match does not hold: Unicode's simple case folding leaves "İ" and
 * "ı" alone, so /iki/i misses "İki" and /kasım/i misses "KASIM". Such a pack is matched with
 * both i's taken for the dotted one (İ as I, ı as i), in its words and patterns and in the
 * scan text alike (one UTF-16 unit each, so offsets stay the document's). Told by CLDR, not
 * by a list of languages.
 */
export function dottedIFold(locale: string): ((text: string) => string) | undefined {
  let dotless: boolean;
  try {
    dotless = 'I'.toLocaleLowerCase(locale) !== 'i' || 'i'.toLocaleUpperCase(locale) !== 'I';
  } catch {
    return undefined;
  }
  if (!dotless) return undefined;
  return (text) => (/[İı]/.test(text) ? text.replace(/İ/g, 'I').replace(/ı/g, 'i') : text);
}

/** The pack's vocabulary and patterns with `fold` applied to every string (examples, names and detection untouched). */
function foldPack(pack: RulePack, fold: (text: string) => string): RulePack {
  const deep = <T>(value: T): T =>
    (typeof value === 'string' ? fold(value) : Array.isArray(value) ? value.map(deep) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [fold(k), deep(v)])) : value) as T;
  const { examples, negatives, nameNegatives, entities, detect, lang, name, locale, ...vocabulary } = pack;
  return { ...deep(vocabulary), examples, negatives, ...(nameNegatives ? { nameNegatives } : {}), ...(entities ? { entities } : {}), detect, lang, name, ...(locale ? { locale } : {}) };
}

function foldVocabulary(vocabulary: LocaleVocabulary, fold: (text: string) => string): LocaleVocabulary {
  const pairs = <V>(list: ReadonlyArray<[string, V]>): Array<[string, V]> => list.map(([form, v]) => [fold(form), v]);
  return {
    ...vocabulary,
    months: pairs(vocabulary.months),
    weekdays: pairs(vocabulary.weekdays),
    currencyNames: pairs(vocabulary.currencyNames),
    currencySymbols: pairs(vocabulary.currencySymbols),
    units: pairs(vocabulary.units),
  };
}

const lower = (s: string) => s.toLocaleLowerCase();

function invert<V>(record: Record<string, string[]> | undefined, value: (key: string) => V): Map<string, V> {
  const out = new Map<string, V>();
  for (const [key, forms] of Object.entries(record ?? {})) for (const form of forms) out.set(lower(form), value(key));
  return out;
}

/** Short, symbol-like currency forms that may stand before a number ("R$ 5", "Rp 5.000"). */
function isPrefixForm(form: string): boolean {
  return /[^\p{L}\p{M}]/u.test(form) || form.length <= 3;
}

/**
 * Currency words (the pack's and CLDR's names, any case) and exact forms: ISO codes and
 * CLDR symbols with letters, matched in their own case ("KM" is a currency, "km" is not).
 */
function compileCurrencies(pack: RulePack, vocabulary: LocaleVocabulary) {
  const words = new Map<string, string>();
  const exact = new Map<string, string>();
  for (const code of vocabulary.currencyCodes) exact.set(code, code);
  for (const [name, code] of vocabulary.currencyNames) words.set(name, code);
  for (const [symbol, code] of vocabulary.currencySymbols) {
    if (/\p{L}/u.test(symbol)) exact.set(symbol, code);
    else words.set(symbol, code);
  }
  // The pack's own forms win over CLDR's ("C$" is the Canadian dollar to an English reader).
  for (const [form, code] of invert(pack.currencies, (c) => c)) words.set(form, code);
  for (const symbol of [...exact.keys()]) if (words.has(symbol.toLocaleLowerCase()) && symbol !== exact.get(symbol)) exact.delete(symbol);
  for (const word of pack.notCurrencies ?? []) words.delete(lower(word));
  return { words, exact, before: [...words.keys()].filter(isPrefixForm) };
}

/**
 * Blanks between a number and its words: one to three, since invisible marks (RLM, ALM,
 * ZWSP) are spaces in the scan text ("مليون\u061c دولار").
 */
const BLANKS = '[ \\t]{1,3}';

/** Digits with separators; "1 000" joins only where the language groups with spaces, and only in threes. */
function numeralRegex(spaceGroups: boolean): RegExp {
  const grouped = "[0-9]+(?:[.,٫٬'’][0-9]+)*";
  const spaced = "[0-9]{1,3}(?: [0-9]{3})+(?![0-9])(?:[.,٫][0-9]+)?";
  return new RegExp(`(?<![0-9])(?:${spaceGroups ? `${spaced}|` : ''}${grouped})`, 'g');
}

/** A pack compiled; `vocabulary` is what CLDR adds to it (the locale's, unless given). */
export function compilePack(original: RulePack, localeWords: LocaleVocabulary = localeVocabulary(original.locale ?? original.lang)): CompiledPack {
  const locale = original.locale ?? original.lang;
  const fold = dottedIFold(locale);
  const pack = fold ? foldPack(original, fold) : original;
  const vocabulary = fold ? foldVocabulary(localeWords, fold) : localeWords;
  const prefixes = pack.numbers.wordPrefixes ?? [];
  const numberWords = new Map<string, number>();
  for (const [value, forms] of Object.entries(pack.numbers.words)) for (const f of forms) numberWords.set(lower(f), Number(value));
  const multipliers = invert(pack.numbers.multipliers, Number);
  const scales = new Map<string, ScaleWord>();
  for (const scale of pack.numbers.scales) for (const f of scale.forms) scales.set(lower(f), scale);
  // A number word of a thousand or more also scales a number before it ("5 mille euros").
  for (const [form, value] of numberWords) if (value >= 1000 && !scales.has(form)) scales.set(form, { value, forms: [form], alone: true });
  const qualifiers = new Map<string, Qualifier>();
  for (const [kind, forms] of Object.entries(pack.qualifiers ?? {})) for (const f of forms) qualifiers.set(lower(f), kind as Qualifier);

  const percentUnits = invert(pack.percentUnits, Number);
  const months = new Map(vocabulary.months);
  for (const [form, month] of invert(pack.dates.months, Number)) months.set(form, month);
  const quarters = invert(pack.dates.quarters, Number);
  const halves = invert(pack.dates.halves, Number);
  const parts = invert(pack.dates.parts as Record<string, string[]> | undefined, (k) => k as PeriodPart);
  const connectors = new Set((pack.numbers.connectors ?? []).map(lower));
  const concepts = invert(pack.concepts, (id) => id);
  const units = new Map(vocabulary.units);
  for (const [form, unit] of invert(pack.units, (id) => id)) units.set(form, unit);
  const weekdays = new Map(vocabulary.weekdays);
  for (const [form, day] of invert(pack.dates.weekdays, Number)) weekdays.set(form, day);
  // Abbreviations ("Sun", "Wed", "вт", Japanese "金" of "金曜日") are words of their own too
  // often to be read alone; in a script without spaces a short name is a word ("周一"), and
  // so is a form the pack lists itself (Korean "월요일", three syllables).
  const weekdayForms = [...weekdays.keys()];
  const listed = new Set(Object.values(pack.dates.weekdays ?? {}).flat().map(lower));
  const isPrefixOfAnother = (form: string) => weekdayForms.some((other) => other !== form && other.startsWith(form));
  const weekdayNames = weekdayForms.filter((form) => {
    const length = [...form].length;
    return length > 3 || listed.has(form) || (UNSPACED_SCRIPT_RE.test(form) && length > 1 && !isPrefixOfAnother(form));
  });

  // Endings glued to a word: after an apostrophe to any word, glued only to a long enough one.
  // Where endings follow one another (Korean 원 + 가량 + 의), up to three of them.
  const endings = pack.suffixes?.stack ? `(?:${alternation(pack.suffixes.endings)}){1,3}` : alternation(pack.suffixes?.endings ?? []);
  const suffix = pack.suffixes?.endings.length ? `(?:['’]${endings}|(?<=[\\p{L}\\p{M}]{${pack.suffixes.minStem}})${endings})?` : '';
  /** The end of a word of the vocabulary: maybe an ending (not taken into the match), then no more letters. */
  const vocabularyEnd = (letters: string) => (suffix ? `(?=${suffix}(?!${letters}))` : `(?!${letters})`);
  /** The same for words found by lookup (currency names, units): an ending, then no more letters. */
  const wordEnding = suffix ? new RegExp(`${suffix}(?!${LETTER})`, 'iuy') : undefined;
  const words: PlaceholderWords = {
    suffix,
    month: alternation(months.keys()),
    weekday: alternation(weekdays.keys()),
    quarter: alternation(quarters.keys()),
    half: alternation(halves.keys()),
    part: alternation(parts.keys()),
  };
  const start = wordStart(prefixes);
  const rules = pack.rules.map((rule) => ({
    rule,
    regex: new WordStartRegex(start, ruleBody(expandPattern(rule.pattern, words)), ruleFlags(rule.matchCase)),
    needsDigit: needsDigit(rule.pattern),
  }));

  // Scales a word may be glued to, written on the digits or on another such scale ("5억원", "3천만").
  const glued = [...scales].filter(([, s]) => s.glued).map(([form]) => form);
  const gluedScales = glued.length ? `|(?<=[0-9]|${alternation(glued)})${alternation(glued)}` : '';

  const currencies = compileCurrencies(pack, vocabulary);
  const exactForms = alternation(currencies.exact.keys());
  const prefixAlt = prefixes.length ? `${alternation(prefixes)}?` : '';

  // Number words and the scale words that may follow them, one run at a time.
  // Scales that need a currency ("m", "k") follow digits only: "I'm A" is no number.
  const wordScales = [...scales].filter(([, s]) => !s.needsCurrency && !s.afterDigits).map(([form]) => form);
  const wordForms = [...numberWords.keys(), ...multipliers.keys(), ...wordScales];
  const compoundForms = pack.numbers.compound ? invert(pack.numbers.compoundForms, Number) : new Map<string, number>();
  const morphemes = [...wordForms, ...connectors, ...compoundForms.keys()].filter((w) => /^[\p{L}\p{M}]+$/u.test(w));
  const wholeWords = alternation(wordForms);
  // A whole word not followed by a glued piece: in a script without spaces "三" of "三千" is no word.
  const pieces = alternation(morphemes);
  const numberWord = pack.numbers.compound ? `(?:${wholeWords}(?!${pieces})|(?:${pieces})+)` : wholeWords;
  // Words of one number stay on one line.
  const joiner = connectors.size ? `(?:[ \\t-]+(?:${alternation(connectors)}[ \\t-]+)?)` : '[ \\t-]+';
  const numberWordRun = new WordStartRegex(start, `${numberWord}${WORD_END}(?:${joiner}${prefixAlt}${numberWord}${WORD_END})*`, 'giu');

  return {
    pack: original,
    lang: pack.lang,
    locale,
    decimal: new Set(pack.numbers.decimal),
    group: new Set(pack.numbers.group),
    indianGrouping: pack.numbers.grouping === 'indian',
    numberWords,
    multipliers,
    onlyBeforeScale: new Set((pack.numbers.onlyBeforeScale ?? []).map(lower)),
    startOnly: new Set((pack.numbers.startOnly ?? []).map(lower)),
    connectors,
    wordPrefixes: prefixes,
    scales,
    qualifiers,
    changeBefore: pack.changeVerbs?.length ? new RegExp(`${start}(?:${alternation(pack.changeVerbs.map(lower))})[\\p{L}\\p{M}]*(?:[ \\t]+(?:[^ \\t.,;:!?\\n]|[.,](?=[0-9]))+){0,6}[ \\t]*$`, 'iu') : undefined,
    months,
    quarters,
    halves,
    parts,
    currencies: currencies.words,
    exactCurrencies: currencies.exact,
    rules,
    scaleAfter: new RegExp(`(?:${BLANKS}|-)?(${alternation(scales.keys())}${vocabularyEnd(SCALE_CONTINUES)}${gluedScales})`, 'iuy'),
    currencyWords: new FormTable(currencies.words, wordEnding),
    codeAfter: new RegExp(`(?:${BLANKS}|-)?(${exactForms})${vocabularyEnd(LETTER)}`, 'uy'),
    percentAfter: new RegExp(`(?:${BLANKS})?(${alternation([...pack.percent, ...percentUnits.keys(), '%', '٪'])})${vocabularyEnd(LETTER)}`, 'iuy'),
    percentUnits,
    currencyPrefixes: new FormTable(currencies.before.map((form) => [form, currencies.words.get(form)!] as const)),
    codeBefore: new RegExp(`(?<!${LETTER})(${exactForms})(?:${BLANKS})?$`, 'u'),
    qualifierBefore: new RegExp(`${start}(${alternation(qualifiers.keys())})[ \\t]*$`, 'iu'),
    numberWordRun,
    numeral: numeralRegex(pack.numbers.group.includes(' ')),
    numeralAfter: new RegExp(`(?:[ \\t]+|(?<=${UNSPACED_SCRIPT}))(${numeralRegex(pack.numbers.group.includes(' ')).source})`, 'uy'),
    rangeJoiner: new RegExp(`^\\s*(?:[-–—]|${alternation(pack.numbers.rangeWords ?? [])})\\s*$`, 'iu'),
    ordinalAfter: new RegExp(`(?:${alternation(pack.numbers.ordinalSuffixes ?? [])})(?!${WORD_CHAR})`, 'iuy'),
    scaleOfAfter: new RegExp(`[ \\t]+${alternation(pack.numbers.scaleOf ?? [])}[ \\t]*`, 'iuy'),
    morphemes,
    compoundForms,
    monthWord: new WordStartRegex(start, `${words.month}${vocabularyEnd(LETTER)}`, 'iu'),
    weekdayWord: new WordStartRegex(start, `(${alternation(weekdayNames)})${vocabularyEnd(LETTER)}`, 'giu'),
    weekdays,
    units: new FormTable(units, wordEnding),
    conceptWord: new WordStartRegex(start, `(${alternation(concepts.keys())})(?!${LETTER})`, 'giu'),
    concepts,
    minusBefore: pack.numbers.minusWords?.length ? new RegExp(`(?<!${LETTER})${alternation(pack.numbers.minusWords)}(?:${BLANKS})?$`, 'iu') : undefined,
    percentBefore: pack.percentBefore?.length ? new RegExp(`(?<!${LETTER})(${alternation(pack.percentBefore)})(?:${BLANKS})?$`, 'iu') : undefined,
    fold,
  };
}

