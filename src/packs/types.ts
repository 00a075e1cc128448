// The rule-pack format: what a language is (YAML in rules/<lang>.yaml).
// Behaviour lives in the engine; a pack only holds vocabulary, patterns and examples.
import type { FactType, PeriodPart, Qualifier } from '../types.js';

/** The closed set of rule kinds; each has one production in the engine. */
export const RULE_KINDS = ['date', 'range', 'quarter', 'half', 'period', 'year', 'decade', 'century', 'time', 'score', 'ordinal', 'ignore'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export interface PatternRule {
  id: string;
  kind: RuleKind;
  /** Match letters in their own case (patterns ignore case by default). */
  matchCase?: boolean;
  /** Times: the half of the day a 12-hour clock time is in ("3 p.m.", "4 مساءً"). */
  meridiem?: 'am' | 'pm';
  /** A `u`-flag regex with placeholders ({DAY}, {MONTH}, {YEAR}, {QUARTER}, {PART} …). */
  pattern: string;
  note?: string;
}

export interface ScaleWord {
  value: number;
  forms: string[];
  /** Only after a currency ("$5m"), never on a bare number ("5m" is five metres). */
  needsCurrency?: boolean;
  /** Counts on its own, its "one" built in (Portuguese and Spanish "mil" = 1000). */
  alone?: boolean;
  /** Scales only a number written in digits ("5千万"); among number words the form is the
   *  pack's multiplier of the same value ("三千五百万" = (3 × 1000 + 5 × 100) × 10 000). */
  afterDigits?: boolean;
  /** Written on the digits, the scale may have any word glued after it (Korean "5억원",
   *  "2000만명", "3천만"): its word goes on past it. */
  glued?: boolean;
}

export interface Example {
  text: string;
  /** The exact text of the fact inside `text`; defaults to the whole of `text`. */
  span?: string;
  type: FactType;
  value: number | string;
  currency?: string;
  qualifier?: Qualifier;
  /** Numbers: the CLDR unit the number must carry ("inch"); unchecked when absent. */
  unit?: string;
  refDate?: string;
  /** Entities: the key this name must share with the other scripts. */
  key?: string;
  lemma?: string;
}

export interface SuffixVocabulary {
  /** The endings; a scale, currency, percent, unit, month or weekday word followed by one is still that word. */
  endings: string[];
  /** After an apostrophe ("TL'lik", "Mayıs'ta") an ending follows a word of any length; glued
   *  ("dolara") only a word of at least this many letters (shorter words list their forms: "bin" + "a" is "bina"). */
  minStem: number;
  /** Endings may follow one another, up to three (Korean "원가량의": 원 + 가량 + 의). */
  stack?: boolean;
}

/** How the language writes names in Latin letters: rewrites (`u`-flag regex, replacement) in order, then letter values. */
export interface Romanization {
  rewrite?: Array<[string, string]>;
  letters?: Record<string, string>;
}

export interface EntityVocabulary {
  /** Nouns are capitalised (German): a capitalised word alone is no evidence of a name. */
  capitalisedNouns?: boolean;
  /** Adjectives come before an organisation's head ("European Commission", "Deutsche Bank"), so they join it even when they are no names alone. */
  orgHeadLast?: boolean;
  /** An organisation's name may go on in lower case after its head word (Russian
   *  "Министерство цифрового развития"), not only over capitalised words. */
  orgTailLowercase?: boolean;
  /** With orgTailLowercase: the lower-case words that may go on (a `u`-flag regex over the whole word, e.g. genitive endings). */
  orgTailPattern?: string;
  /** Words before a name that make it a person: titles and roles. */
  personCues?: string[];
  /** Words that head or end an organisation's name. */
  orgCues?: string[];
  /** Company forms after a name: GmbH, Inc., ООО. */
  orgSuffixes?: string[];
  /** Words that head a place's name: "Republik", "город". */
  placeCues?: string[];
  /** Lower-case words allowed inside a name ("de", "dos", "von", "of"). */
  particles?: string[];
  /** The particles a person's name may hold (default: all particles); English "of" joins organisations only. */
  nameParticles?: string[];
  /** Words after a name that make it a place ("province", "Street", "Ocean"). */
  placeSuffixes?: string[];
  /** Capitalised words that never start a name on their own (sentence openers). */
  notNames?: string[];
  /** Case endings of names, to their base form: [ending, replacement] ("ова" -> "ов"); a whole word as ending is an exception ("Павла" -> "Павел"). */
  inflections?: Array<[string, string]>;
  /** Inflected forms of place names made from CLDR's: [ending of the name, new ending] ("ия" -> "ии": Франция -> Франции; "" -> "s": Frankreichs). */
  placeForms?: Array<[string, string]>;
  /** Extra place names (and inflected forms) beyond CLDR: ISO region code -> forms. */
  places?: Record<string, string[]>;
  /** The definite article glued on the start of a word (`u`-flag regex): Arabic "[وفبك]?ال|لل". */
  article?: string;
  /** Endings (`u`-flag regex) of words that end a name after a title: Arabic accusative adverbs. */
  notNameEnding?: string;
  /** An ending written on a name that is no part of it (`u`-flag regex: the English possessive "['’]s"): it ends the name, and keys leave it out. */
  nameEnding?: string;
  /** A tagger that finds the language's people ("compromise": English given names and titles). */
  tagger?: 'compromise';
  /** Romanisation of names for their keys; letters no pack describes are romanised by any-ascii. */
  romanization?: Romanization;
}

export interface RulePack {
  lang: string;
  name: string;
  /** Locale given to Intl for CLDR vocabulary; defaults to `lang`. */
  locale?: string;
  detect: {
    script: 'Latn' | 'Cyrl' | 'Arab' | 'Grek' | 'Hebr' | 'Deva' | 'Hani' | 'Hang';
    stopwords: string[];
  };
  numbers: {
    /** Decimal marks used with Western digits, in order of preference. */
    decimal: string[];
    /** Group (thousands) separators; NBSP and narrow NBSP count as a space. */
    group: string[];
    /** How digits are grouped: in threes ("1,000,000", the default), or `indian`: threes or, after the
     *  last group of three, twos ("1,00,000" = 100 000, "12,34,567" = 1 234 567). */
    grouping?: 'thousands' | 'indian';
    /** Cardinal number words that add up: value -> forms ("zwei", "twenty", "двести"). */
    words: Record<string, string[]>;
    /** Words that multiply the number word before them: value -> forms ("hundred", "cents", Indonesian "puluh" ×10, "ratus" ×100). */
    multipliers?: Record<string, string[]>;
    /** Number words that count only before a scale word: "one" ("eine Million", never "eine Kaution") and words with another common meaning (French "neuf"). */
    onlyBeforeScale?: string[];
    /** Number words that only begin a number: after another number word (without a connector) they start a new one
     *  (Vietnamese "năm" is 5 in "năm mươi", "năm trăm", but "mười năm", "hai mươi năm" are ten, twenty years). */
    startOnly?: string[];
    /** Words that join number words ("und", "and", "e", "y", "et", "و"). */
    connectors?: string[];
    /** Units come before tens ("fünfundzwanzig", "خمسة وعشرون"), so a ten after a unit continues the number. */
    unitsBeforeTens?: boolean;
    /** Number words may be written as one word ("zweihundertfünfzig"). */
    compound?: boolean;
    /**
     * value -> forms that stand only inside a compound word, never alone (Italian "cent" of
     * "centottanta", "duecentotto"); a form takes the kind of the pack's other words of its
     * value (a multiplier where the value is a multiplier, else a word that adds).
     */
    compoundForms?: Record<string, string[]>;
    /** Suffixes that make a number an ordinal ("1st", "2e", "3º", "5-й"): the number with its suffix is an ordinal fact. */
    ordinalSuffixes?: string[];
    /** Words joining the two numbers of a range ("bis", "to", "à", "hingga", "до"); dashes always do. */
    rangeWords?: string[];
    /** Words between a scale word and a currency ("5 millions de dollars", "5 milhões de reais"). */
    scaleOf?: string[];
    /** Letters that may be glued in front of a word (Arabic و, ب, ل). */
    wordPrefixes?: string[];
    /** Words before a number that make it negative (Japanese マイナス5 = -5, 氷点下3度). */
    minusWords?: string[];
    scales: ScaleWord[];
  };
  qualifiers?: Partial<Record<Qualifier, string[]>>;
  /** Beginnings of verbs of change ("вырос", "subi"): after one, an at-most word ("до", "hasta") means "to". */
  changeVerbs?: string[];
  percent: string[];
  /** Percent words and signs written before the number (Turkish "%25", "yüzde 25"). */
  percentBefore?: string[];
  /** Percent -> words after a number that are that many percent each (Japanese 割 = 10 %: "3割" = 30 %). */
  percentUnits?: Record<string, string[]>;
  /** Endings the language glues to a word (agglutinative: Turkish "milyonluk", "dolara", "Mayıs'ta"). */
  suffixes?: SuffixVocabulary;
  /** ISO 4217 code -> symbols, codes and words (all inflected forms). */
  currencies: Record<string, string[]>;
  /** Words CLDR names as a currency that mean something else here (Arabic أفغاني "Afghan"). */
  notCurrencies?: string[];
  /** CLDR unit id ("inch", "kilometer") -> forms beyond CLDR's (plurals and cases: "بوصات", "Kilometern"). */
  units?: Record<string, string[]>;
  dates: {
    /** Month number (1-12) -> forms beyond CLDR's (inflections, other calendars' names). */
    months?: Record<string, string[]>;
    /** ISO weekday (1 Monday … 7 Sunday) -> forms beyond CLDR's (inflections: "среду", "пятницу"). */
    weekdays?: Record<string, string[]>;
    /** Weekdays are written with a capital (Monday, Dienstag, Minggu): a lower-case form is another word (minggu, a week). */
    weekdaysCapitalised?: boolean;
    /** Quarter number (1-4) -> ordinal forms ("dritten", "third", "третий"). */
    quarters?: Record<string, string[]>;
    /** Half-year number (1-2) -> ordinal forms ("ersten Halbjahr" reads "ersten"). */
    halves?: Record<string, string[]>;
    /** Period parts: "Ende", "Mitte", "Anfang". */
    parts?: Partial<Record<PeriodPart, string[]>>;
    /** How an all-digit date reads when both orders are possible. */
    numericOrder: 'dmy' | 'mdy' | 'ymd';
  };
  rules: PatternRule[];
  /** Concept words that say what a figure counts (for reconciliation): concept id -> words. */
  concepts?: Record<string, string[]>;
  entities?: EntityVocabulary;
  examples: Example[];
  /** Texts that must yield no figure at all. */
  negatives: string[];
  /** Texts that must yield no name at all. */
  nameNegatives?: string[];
}
