// Placeholders in rule patterns: `{MONTH}` becomes the language's month names, `{YEAR}` a
// four-digit year, and so on. Patterns run on the scan text, where every digit is ASCII.
import { LETTER, WORD_END, wordStart } from '../text/regexSource.js';

/** Word-list placeholders whose alternation comes from the pack and CLDR. */
export interface PlaceholderWords {
  month: string;
  weekday: string;
  quarter: string;
  half: string;
  part: string;
  /** Optional ending glued to a month or weekday name (pack `suffixes`), or ''. */
  suffix?: string;
}

const NOT_DIGIT = '(?![0-9])';
const NOT_LETTER = `(?!${LETTER})`;

/** Placeholder -> regex source; named groups carry the parts the rule kinds read. */
function placeholderSource(name: string, words: PlaceholderWords): string | undefined {
  switch (name) {
    case 'DAY':
    case 'DAY2':
      // Any one or two digits: a day the month has not ("0 October 1968") is a slip to report, not a count.
      return `(?<${name.toLowerCase()}>[0-9]{1,2})${NOT_DIGIT}`;
    case 'MONTHNUM':
    case 'MONTHNUM2':
      return `(?<${name.toLowerCase()}>1[0-2]|0?[1-9])${NOT_DIGIT}`;
    case 'YEAR':
      return `(?<year>1[0-9]{3}|20[0-9]{2}|21[0-9]{2})${NOT_DIGIT}`;
    case 'YEAR2':
      // The end of a range may drop the century: "2021–22", "1950-53".
      return `(?<year2>1[0-9]{3}|20[0-9]{2}|21[0-9]{2}|[0-9]{2})${NOT_DIGIT}`;
    case 'MONTH':
    case 'MONTH2':
      // A month may be named twice, as Arabic often does: "آب/أغسطس", "أغسطس (آب)".
      return `(?<${name.toLowerCase()}>${words.month}(?:\\s?[/(]\\s?${words.month}\\)?)?)${words.suffix ?? ''}${NOT_LETTER}`;
    case 'QUARTER':
      return `(?<quarter>[1-4]${NOT_DIGIT}|${words.quarter}${NOT_LETTER})`;
    case 'HALF':
      return `(?<half>[12]${NOT_DIGIT}|${words.half}${NOT_LETTER})`;
    case 'CENTURY':
      // "19" and "XIX": a century in digits or Roman numerals; the rule says what follows.
      return `(?<century>[12]?[0-9]${NOT_DIGIT}|[XVI]{1,6})`;
    case 'PART':
      return `(?<part>${words.part})${NOT_LETTER}`;
    case 'WEEKDAY':
      return `${words.weekday}${words.suffix ?? ''}${NOT_LETTER}`;
    case 'INT':
      return '[0-9]+';
    case 'NUM':
      return "[0-9]+(?:[.,٫٬'’][0-9]+)*";
    default:
      return undefined;
  }
}

export const PLACEHOLDERS = ['DAY', 'DAY2', 'MONTH', 'MONTH2', 'MONTHNUM', 'MONTHNUM2', 'YEAR', 'YEAR2', 'QUARTER', 'HALF', 'CENTURY', 'PART', 'WEEKDAY', 'INT', 'NUM'];

// `\p{L}` and `\P{Lu}` are Unicode property escapes, not placeholders.
const PLACEHOLDER_RE = /(?<!\\[pP])\{([A-Z][A-Z0-9]*)\}/g;

export class UnknownPlaceholderError extends Error {
  constructor(readonly placeholder: string) {
    super(`unknown placeholder {${placeholder}}`);
  }
}

export function expandPattern(pattern: string, words: PlaceholderWords): string {
  return pattern.replace(PLACEHOLDER_RE, (_, name: string) => {
    const source = placeholderSource(name, words);
    if (source === undefined) throw new UnknownPlaceholderError(name);
    return source;
  });
}

/** Stand-in word lists for checking a pattern's syntax and backtracking without a compiled pack. */
export const STAND_IN_WORDS: PlaceholderWords = { month: '(?:m)', weekday: '(?:w)', quarter: '(?:q)', half: '(?:h)', part: '(?:p)' };

/** Rules ignore case unless they ask to match it. */
export function ruleFlags(matchCase: boolean | undefined): string {
  return matchCase ? 'gud' : 'giud';
}

/** A rule matches whole words only (a glued prefix such as Arabic و may precede it). */
export function wrapRule(expanded: string, prefixes: readonly string[]): string {
  return `${wordStart(prefixes)}${ruleBody(expanded)}`;
}

/** A rule's regex after its word-start lookbehind. */
export function ruleBody(expanded: string): string {
  return `(?:${expanded})${WORD_END}`;
}
