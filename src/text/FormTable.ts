// Literal forms (a locale's currency names and symbols, its units) found at a place in a text,
// in any case, by lookup. The same forms as one regex alternation cost V8 megabytes of machine
// code per pack (a locale has about 1 500 currency names), kept for the whole run, and a run
// over eight languages held some 50 MB of them.
import { LETTER_RE } from './regexSource.js';

export interface FormAt<V> {
  value: V;
  start: number;
  end: number;
}

const lower = (s: string) => s.toLocaleLowerCase();

/** Blanks between a figure and its words: one to three (invisible marks are spaces in the scan text). */
const MAX_BLANKS = 3;
const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';

/** Whether the code point starting at `i` is a letter or combining mark. */
function letterAt(text: string, i: number): boolean {
  const code = text.codePointAt(i);
  return code !== undefined && LETTER_RE.test(String.fromCodePoint(code));
}

/** Whether the code point ending just before `i` is a letter or combining mark. */
function letterBefore(text: string, i: number): boolean {
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2;
  return letterAt(text, pair ? i - 2 : i - 1);
}

export class FormTable<V> {
  private readonly values = new Map<string, V>();
  /** Lengths of the forms, longest first, by the first code unit of the form. */
  private readonly lengthsByFirst = new Map<string, number[]>();
  /** Every length of a form, longest first. */
  private readonly lengths: number[];

  /**
   * `forms`: each form as it is looked up (lower-cased), with its value. `ending`: a sticky
   * regex of the endings the language may glue to a form ("dolara", "TL'lik"), ending the word.
   */
  constructor(
    forms: Iterable<readonly [string, V]>,
    private readonly ending?: RegExp,
  ) {
    const all = new Set<number>();
    for (const [form, value] of forms) {
      if (!form) continue;
      this.values.set(form, value);
      all.add(form.length);
      const first = form[0]!;
      const lengths = this.lengthsByFirst.get(first) ?? [];
      if (!lengths.includes(form.length)) lengths.push(form.length);
      this.lengthsByFirst.set(first, lengths);
    }
    for (const lengths of this.lengthsByFirst.values()) lengths.sort((a, b) => b - a);
    this.lengths = [...all].sort((a, b) => b - a);
  }

  get size(): number {
    return this.values.size;
  }

  /** Whether an ending the language glues to words stands at `at` and ends the word. */
  private endsWithEnding(text: string, at: number): boolean {
    if (!this.ending) return false;
    this.ending.lastIndex = at;
    return this.ending.test(text);
  }

  private lookup(text: string, start: number, end: number): V | undefined {
    return this.values.get(lower(text.slice(start, end)));
  }

  /** The longest form starting at `at` that no letter or combining mark follows. */
  startingAt(text: string, at: number): FormAt<V> | undefined {
    const first = text[at];
    if (first === undefined) return undefined;
    const lengths = this.lengthsByFirst.get(lower(first)[0]!);
    if (!lengths) return undefined;
    for (const length of lengths) {
      const end = at + length;
      if (end > text.length || (letterAt(text, end) && !this.endsWithEnding(text, end))) continue;
      const value = this.lookup(text, at, end);
      if (value !== undefined) return { value, start: at, end };
    }
    return undefined;
  }

  /**
   * The form that ends at `end` and starts at or after `from`, at the start of a word (no
   * letter or combining mark before it, or `from` itself); the one starting first wins.
   */
  endingAt(text: string, end: number, from: number): FormAt<V> | undefined {
    for (const length of this.lengths) {
      const start = end - length;
      if (start < from) continue;
      if (start > from && letterBefore(text, start)) continue;
      const value = this.lookup(text, start, end);
      if (value !== undefined) return { value, start, end };
    }
    return undefined;
  }

  /** The form right after a figure ending at `at`: glued on, or past one to three blanks or a hyphen ("5 Euro", "5€", "550-pound"). */
  afterFigure(text: string, at: number): FormAt<V> | undefined {
    let past = at;
    while (past - at < MAX_BLANKS && isBlank(text[past])) past++;
    if (past === at && text[at] === '-') past++;
    return (past > at ? this.startingAt(text, past) : undefined) ?? this.startingAt(text, at);
  }

  /** The form right before a figure starting at `start`, glued on or before up to three blanks, within `reach` characters ("€5", "Rp 5"). */
  beforeFigure(text: string, start: number, reach: number): FormAt<V> | undefined {
    const from = Math.max(0, start - reach);
    let best: FormAt<V> | undefined;
    for (let end = start; end >= from && start - end <= MAX_BLANKS; end--) {
      if (end < start && !isBlank(text[end])) break;
      const found = this.endingAt(text, end, from);
      if (found && (!best || found.start < best.start)) best = found;
    }
    return best;
  }
}
