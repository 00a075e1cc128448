// Extraction of one document's facts: the finders, their overlaps settled, dates valued,
// offsets turned into lines and columns.
import { compileEntityVocabulary, type EntityVocabulary } from '../entities/entityVocabulary.js';
import { entityFact, extractEntities } from '../entities/extractEntities.js';
import { projectNames, type NameCandidate } from '../entities/projectEntities.js';
import { compilePack, type CompiledPack } from '../packs/compilePack.js';
import { neutralVocabulary } from '../packs/localeVocabulary.js';
import { neutralPack } from '../packs/neutralPack.js';
import type { RulePack } from '../packs/types.js';
import { LineIndex } from '../text/lineIndex.js';
import { sentenceOf, sentenceStarts } from '../text/sentenceStarts.js';
import { scanText } from '../text/scanText.js';
import { ENTITY_TYPES, type Fact, type FactType } from '../types.js';
import type { Candidate } from './Candidate.js';
import { findChronoDates } from './chronoDates.js';
import { conceptsNear } from './conceptsNear.js';
import { coreIgnores } from './coreIgnores.js';
import { dateFields } from './dateValue.js';
import { findAmounts, findOrdinals } from './findAmounts.js';
import { findNumericDates, findRuleDates } from './findDates.js';
import { findIdentifiers, isPhone } from './findIdentifiers.js';
import { findTimes } from './findTimes.js';
import { findWeekdays } from './findWeekdays.js';
import { digitWindows } from './windows.js';
import { resolveOverlaps } from './resolveOverlaps.js';

export interface ExtractOptions {
  /** Partial dates resolve against this date instead of the document's own years. */
  refDate?: Date;
  /** Only these fact types (all when absent). */
  types?: ReadonlySet<FactType>;
}

/** The unit of measure written right after a number ("200 miles", "a 550-pound hog"), as a CLDR id. */
function unitAfter(scan: string, at: number, pack: CompiledPack): string | undefined {
  return pack.units.afterFigure(scan, at)?.value;
}

/**
 * The unit of each number (undefined for other figures): the one written after it, or for
 * the first number of a range ("2 to 4 inches", "от 5 до 10 см") the one after the second.
 */
function unitsOf(figures: readonly Candidate[], scan: string, pack: CompiledPack): Array<string | undefined> {
  const units = figures.map((c) => (c.type === 'number' ? unitAfter(scan, c.end, pack) : undefined));
  for (let i = units.length - 2; i >= 0; i--) {
    const [first, second] = [figures[i]!, figures[i + 1]!];
    if (first.type === 'number' && !units[i] && units[i + 1] && second.type === 'number' && pack.rangeJoiner.test(scan.slice(first.end, second.start))) units[i] = units[i + 1];
  }
  return units;
}

/** A document's facts, and the words that may still be found to be names across its story. */
export interface DocumentFacts {
  facts: Fact[];
  candidates: NameCandidate[];
  /** Where the document's sentences start: names found later are placed in them too. */
  sentenceStarts: number[];
  /** What was read but left out, for a note on stderr: numbers too large to keep exactly. */
  notes?: string[];
}

/**
 * A figure past 2^53 cannot be held exactly (nor read back exactly by most JSON readers), and
 * past about 1.8e308 it is no number at all (JSON null): such a figure is left out, with a note.
 */
const keepsValue = (c: Candidate) => c.value === undefined || Math.abs(c.value) <= Number.MAX_SAFE_INTEGER;

/** "1000000000000000000000" at 3:5, cut to a readable length. */
function tooLargeNote(text: string, c: Candidate, lines: LineIndex): string {
  const written = text.slice(c.start, c.end);
  const shown = written.length > 40 ? `${written.slice(0, 20)}…${written.slice(-10)}` : written;
  const { line, column } = lines.position(c.start);
  return `${line}:${column}: "${shown}" is larger than factdiff holds exactly (2^53); left out`;
}

/** A fact with the sentence it stands in, the key placed after its position as the contract orders them. */
function inSentence({ type, text, start, end, line, column, sentence: _old, ...rest }: Fact, starts: readonly number[]): Fact {
  return { type, text, start, end, line, column, sentence: sentenceOf(starts, start), ...rest };
}

export class Extractor {
  private readonly compiled = new Map<string, CompiledPack>();
  private readonly vocabularies = new Map<string, EntityVocabulary>();

  private constructor(
    readonly packs: ReadonlyMap<string, RulePack>,
    private readonly options: ExtractOptions,
  ) {}

  static create(packs: ReadonlyMap<string, RulePack>, options: ExtractOptions = {}): Extractor {
    return new Extractor(packs, options);
  }

  /** Whether a document of this language is read by the language-neutral core (it has no pack). */
  isNeutral(lang: string): boolean {
    return !this.packs.has(lang);
  }

  /** The language's pack, or for a language without one the neutral core with its CLDR number marks. */
  private pack(lang: string): CompiledPack {
    let compiled = this.compiled.get(lang);
    if (!compiled) {
      const pack = this.packs.get(lang);
      if (pack) compiled = compilePack(pack);
      else {
        const neutral = neutralPack(lang);
        compiled = compilePack(neutral, neutralVocabulary(neutral.locale!));
      }
      this.compiled.set(lang, compiled);
    }
    return compiled;
  }

  private vocabulary(lang: string): EntityVocabulary {
    let vocab = this.vocabularies.get(lang);
    if (!vocab) {
      vocab = compileEntityVocabulary(this.pack(lang).pack);
      this.vocabularies.set(lang, vocab);
    }
    return vocab;
  }

  private wants(type: FactType): boolean {
    return !this.options.types || this.options.types.has(type);
  }

  /** Whether names are asked for at all. */
  get wantsNames(): boolean {
    return ENTITY_TYPES.some((t) => this.wants(t));
  }

  /** Facts of a text, sorted by offset (a language without a pack: its digit figures only). */
  extract(text: string, lang: string): Fact[] {
    return this.extractDocument(text, lang).facts;
  }

  /** Facts of a text, and the words that may be names found through the rest of its story. */
  extractDocument(text: string, lang: string): DocumentFacts {
    const lines = new LineIndex(text);
    const starts = sentenceStarts(text);
    const { figures, notes } = this.figures(text, lang, lines);
    const wanted = figures.filter((f) => this.wants(f.type));
    const noted = notes.length ? { notes } : {};
    // The neutral core knows no language's names: it reads figures only.
    if (!this.wantsNames || this.isNeutral(lang)) return { facts: wanted.map((f) => inSentence(f, starts)), candidates: [], sentenceStarts: starts, ...noted };
    // Names are found among all the figures, asked for or not, so that --types never changes them.
    const names = extractEntities(text, this.vocabulary(lang), figures, lines);
    const facts = [...wanted, ...names.facts.filter((f) => this.wants(f.type))].sort((a, b) => a.start - b.start || a.end - b.end);
    return { facts: facts.map((f) => inSentence(f, starts)), candidates: names.candidates, sentenceStarts: starts, ...noted };
  }

  /**
   * Names found through the whole story: a name seen with evidence in one document is found
   * by its key in the others (see entities/projectEntities.ts). Adds to each document's facts.
   */
  finishStory(docs: Array<DocumentFacts & { lang: string }>): void {
    if (!this.wantsNames || docs.length === 0) return;
    const story = projectNames(docs, (lang) => this.vocabulary(lang).romanizer);
    docs.forEach((doc, i) => {
      if (this.isNeutral(doc.lang)) return;
      const lang = doc.lang;
      const vocab = this.vocabulary(lang);
      // "Durov" alone, taken for an organisation, is the family name of a person named elsewhere.
      for (const f of doc.facts) if (f.type === 'org' && f.keyParts?.length === 1 && f.keyParts[0]!.length >= 3 && story.familyKeys.has(f.keyParts[0]!)) f.type = 'person';
      const added = story.added[i]!.map((p) =>
        inSentence(entityFact(p.type, { start: p.first.start, end: p.end, text: p.text, line: p.first.line, column: p.first.column }, p.words, vocab, `${lang}/story`), doc.sentenceStarts),
      );
      doc.facts = [...doc.facts, ...added].filter((f) => this.wants(f.type)).sort((a, b) => a.start - b.start || a.end - b.end);
    });
  }

  private figures(text: string, lang: string, lines: LineIndex): { figures: Fact[]; notes: string[] } {
    const pack = this.pack(lang);
    const scan = pack.fold ? pack.fold(scanText(text)) : scanText(text);
    const windows = digitWindows(scan);
    const { dates, ignored } = findRuleDates(scan, pack, windows);
    const identifiers = findIdentifiers(scan, windows);
    const candidates: Candidate[] = [...findAmounts(scan, pack), ...findOrdinals(scan, pack), ...dates, ...findNumericDates(scan, pack), ...findTimes(scan), ...findWeekdays(scan, pack), ...identifiers];
    if (this.wants('date') || this.wantsNames) candidates.push(...findChronoDates(scan, pack, windows));
    const settled = resolveOverlaps(candidates, ignored, [...coreIgnores(scan), ...identifiers.filter(isPhone)]);
    const notes = settled.filter((c) => !keepsValue(c) && this.wants(c.type)).map((c) => tooLargeNote(text, c, lines));
    const all = settled.filter(keepsValue);
    const resolved = this.wantsNames ? all : all.filter((c) => this.wants(c.type));
    const dateCandidates = resolved.filter((c) => c.type === 'date');
    const fields = dateFields(dateCandidates, this.options.refDate);
    const dateValues = new Map(dateCandidates.map((c, i) => [c, fields[i]!]));
    const units = unitsOf(resolved, scan, pack);
    const figures = resolved.map((c, i) => {
      const { type, start, end, date: _shape, textValue, value, rule, ...details } = c;
      const concepts = type === 'date' ? [] : conceptsNear(scan, c, pack);
      const unit = units[i];
      // Key order as in the contract: type, text, offsets, position, value, details, rule.
      return {
        type,
        text: text.slice(start, end),
        start,
        end,
        ...lines.position(start),
        value: textValue ?? value ?? 0,
        ...details,
        ...dateValues.get(c),
        ...(unit ? { unit } : {}),
        ...(concepts.length ? { concepts } : {}),
        rule,
      };
    });
    return { figures, notes };
  }
}
