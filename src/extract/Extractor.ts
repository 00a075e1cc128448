// Extraction of one document's facts: the finders, their overlaps settled, dates valued,
// offsets turned into lines and columns.
import { compilePack, type CompiledPack } from '../packs/compilePack.js';
import type { RulePack } from '../packs/types.js';
import { LineIndex } from '../text/lineIndex.js';
import { scanText } from '../text/scanText.js';
import type { Fact, FactType } from '../types.js';
import type { Candidate } from './Candidate.js';
import { findChronoDates, loadChrono } from './chronoDates.js';
import { coreIgnores } from './coreIgnores.js';
import { dateFields } from './dateValue.js';
import { findAmounts } from './findAmounts.js';
import { findNumericDates, findRuleDates } from './findDates.js';
import { resolveOverlaps } from './resolveOverlaps.js';

export interface ExtractOptions {
  /** Partial dates resolve against this date instead of the document's own years. */
  refDate?: Date;
  /** Only these fact types (all when absent). */
  types?: ReadonlySet<FactType>;
}

export class Extractor {
  private readonly compiled = new Map<string, CompiledPack>();

  private constructor(
    readonly packs: ReadonlyMap<string, RulePack>,
    private readonly options: ExtractOptions,
  ) {}

  static async create(packs: ReadonlyMap<string, RulePack>, options: ExtractOptions = {}): Promise<Extractor> {
    if (!options.types || options.types.has('date')) await loadChrono();
    return new Extractor(packs, options);
  }

  private pack(lang: string): CompiledPack {
    let compiled = this.compiled.get(lang);
    if (!compiled) {
      const pack = this.packs.get(lang);
      if (!pack) throw new Error(`no rule pack for language '${lang}'`);
      compiled = compilePack(pack);
      this.compiled.set(lang, compiled);
    }
    return compiled;
  }

  private wants(type: FactType): boolean {
    return !this.options.types || this.options.types.has(type);
  }

  /** Facts of a text in a language that has a pack, sorted by offset. */
  extract(text: string, lang: string): Fact[] {
    const pack = this.pack(lang);
    const scan = scanText(text);
    const { dates, ignored } = findRuleDates(scan, pack);
    const candidates: Candidate[] = [...findAmounts(scan, pack), ...dates, ...findNumericDates(scan, pack)];
    if (this.wants('date')) candidates.push(...findChronoDates(scan, pack));
    const resolved = resolveOverlaps(candidates, [...ignored, ...coreIgnores(scan)]).filter((c) => this.wants(c.type));
    const dateCandidates = resolved.filter((c) => c.type === 'date');
    const fields = dateFields(dateCandidates, this.options.refDate);
    const dateValues = new Map(dateCandidates.map((c, i) => [c, fields[i]!]));
    const lines = new LineIndex(text);
    return resolved.map((c) => {
      const { type, start, end, date: _shape, value, rule, ...details } = c;
      // Key order as in the contract: type, text, offsets, position, value, details, rule.
      return {
        type,
        text: text.slice(start, end),
        start,
        end,
        ...lines.position(start),
        value: value ?? 0,
        ...details,
        ...dateValues.get(c),
        rule,
      };
    });
  }
}
