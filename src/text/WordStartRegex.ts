// A regex that must begin at the start of a word, `(?<=start)rest`, run as two: the rest,
// which V8 scans for quickly by its first characters, and the word-start lookbehind, tried
// only where the rest matches. Run as one regex, the lookbehind (Unicode classes, Arabic
// glued prefixes) is tried at every position of the text first: 2 to 15 times slower.
// A rest that may begin with any letter (`\p{L}+ und`) would be tried inside every word:
// such a regex is run as one. The matches are those of the one regex either way.
import { startsBroadly } from './patternStart.js';

const isLeadSurrogate = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
};

export class WordStartRegex {
  private readonly rest: RegExp;
  private readonly start: RegExp;
  private one: RegExp | undefined;
  /** The rest is selective enough to search for on its own. */
  private readonly split: boolean;

  /** `start`: a zero-width lookbehind; `flags`: those of the one regex (g is added). */
  constructor(
    private readonly startSource: string,
    private readonly restSource: string,
    private readonly flags: string,
  ) {
    const plain = flags.replace(/[gy]/g, '');
    this.rest = new RegExp(restSource, `${plain}g`);
    this.start = new RegExp(startSource, `${plain.replace('d', '')}y`);
    this.split = !startsBroadly(restSource);
  }

  /** Whether a word may start at `at`. */
  private startsAt(text: string, at: number): boolean {
    this.start.lastIndex = at;
    return this.start.test(text);
  }

  /** As text.matchAll(regex) with the one regex. */
  matchAll(text: string): IterableIterator<RegExpExecArray> {
    return this[Symbol.matchAll](text);
  }

  /** The protocol String.prototype.matchAll uses: a WordStartRegex searches where a RegExp would. */
  *[Symbol.matchAll](text: string): IterableIterator<RegExpExecArray> {
    const from = this.split ? yield* this.searchSplit(text) : 0;
    if (from === undefined) return;
    // A copy per search, as matchAll makes: searches may interleave.
    const one = new RegExp((this.one ??= new RegExp(`${this.startSource}${this.restSource}`, `${this.flags.replace('g', '')}g`)));
    one.lastIndex = from;
    yield* one[Symbol.matchAll](text) as IterableIterator<RegExpExecArray>;
  }

  /**
   * The matches found as two regexes; when the search reaches a place where V8's own search
   * steps differently (empty matches, surrogate pairs), where the one regex must go on from.
   */
  private *searchSplit(text: string): Generator<RegExpExecArray, number | undefined> {
    const rest = new RegExp(this.rest);
    /** Where the one regex would search from: the end of the last match. */
    let from = 0;
    let at = 0;
    for (;;) {
      rest.lastIndex = at;
      const m = rest.exec(text);
      if (!m) return undefined;
      if (m[0] === '') return from;
      if (this.startsAt(text, m.index)) {
        yield m;
        from = at = rest.lastIndex;
      } else if (isLeadSurrogate(text, m.index)) return from;
      else at = m.index + 1;
    }
  }

  /** As regex.test(text) with the one regex. */
  test(text: string): boolean {
    return !this.matchAll(text).next().done;
  }
}
