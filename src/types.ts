// The shapes shared by extraction, reconciliation and the output formats.

/** Figures: what the contract counts as numbers, money, percentages, dates and ordinals ("40th", "40.", "40-й": value 40). */
export type FigureType = 'number' | 'percent' | 'money' | 'date' | 'ordinal';
/**
 * Facts whose value is text, compared across versions as written but no figures (none is a
 * count or an amount): a time of day ("10:15", "10h15", value "10:15"), a sports score
 * ("38 - 17", value "38-17"), an identifier ("HER2", "Agent 007", a phone number) and a
 * weekday named alone ("on Tuesday", value "2": the ISO 8601 weekday, 1 Monday … 7 Sunday).
 */
export type TextValueType = 'time' | 'score' | 'identifier' | 'weekday';
export const TEXT_VALUE_TYPES: readonly TextValueType[] = ['time', 'score', 'identifier', 'weekday'];
export const isTextValueType = (type: string): type is TextValueType => (TEXT_VALUE_TYPES as readonly string[]).includes(type);
export type EntityType = 'person' | 'org' | 'place';
export type FactType = FigureType | TextValueType | EntityType;

export const FIGURE_TYPES: readonly FigureType[] = ['number', 'percent', 'money', 'date', 'ordinal'];
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'org', 'place'];
export const FACT_TYPES: readonly FactType[] = [...FIGURE_TYPES, ...TEXT_VALUE_TYPES, ...ENTITY_TYPES];

/** How an approximate figure is hedged: "more than 5", "about 5", "under 5", "up to 5". */
export type Qualifier = 'approx' | 'over' | 'under' | 'at-least' | 'at-most';

/** Which parts of a date the text states and which were inferred from elsewhere. */
export type DatePart = 'year' | 'month' | 'day';

/** "end of 2023", "mid-2024", "early August": the stated part of a period. */
export type PeriodPart = 'start' | 'mid' | 'end';

export interface Span {
  start: number;
  end: number;
}

export interface Fact extends Span {
  type: FactType;
  /** The exact source text: docText.slice(start, end). */
  text: string;
  line: number;
  /** 1-based, in Unicode code points. */
  column: number;
  /** 0-based index of the sentence the fact stands in (line breaks and sentence punctuation divide them). */
  sentence?: number;
  /** number/percent/money: a number; date: ISO 8601 text; time: "HH:MM"; score: "38-17"; identifier: "HER2"; entities: the name as written. */
  value: number | string;
  /** number/percent/money: the step the value is written to (100000 for "12,5 Mio.", 1 for "300"), for rounding. */
  precision?: number;
  currency?: string;
  /** number: the unit of measure written after it, as a CLDR unit id ("kilometer", "mile", "pound"). */
  unit?: string;
  qualifier?: Qualifier;
  /** Dates: parts written in the text, and parts taken from context or --ref-date. */
  stated?: DatePart[];
  inferred?: DatePart[];
  period?: PeriodPart;
  /** Dates: a day the text states that the month has not ("0 October 1968"); the value holds the rest. */
  impossibleDay?: number;
  /** Entities: script-independent key of the whole name, and of each part. */
  key?: string;
  keyParts?: string[];
  lemma?: string;
  /** Concept words found near a figure ("bail", "users"), by concept id. */
  concepts?: string[];
  /** Provenance: the rule that produced the fact (`de/date-day-month`, `core/amount`). */
  rule: string;
}

/** A fact before line/column are known (extraction works in offsets only). */
export type RawFact = Omit<Fact, 'line' | 'column' | 'sentence'>;

export interface ExtractedDocument {
  path: string;
  lang: string;
  /** Read by the language-neutral core: no rule pack for `lang`, digit figures only. */
  neutral?: true;
  facts: Fact[];
}

export interface InputError {
  path: string;
  message: string;
}
