// Offsets (UTF-16 units) to 1-based line and column (column in Unicode code points).
//
// A column is the units from the line's start less the second halves of surrogate pairs
// before the offset. Both are found by binary search, so a lookup costs O(log n) however
// long the line: a 20 MB single-line file with a million facts stays linear.
import { countAtMost } from './countAtMost.js';

const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

export class LineIndex {
  private readonly starts: number[] = [0];
  /** Offsets of the second unit of every surrogate pair, ascending. */
  private readonly pairEnds: number[] = [];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    for (const m of text.matchAll(SURROGATE_PAIR)) this.pairEnds.push(m.index + 1);
  }

  /** Second halves of pairs in [from, to): a pair straddling `to` counts at its start. */
  private pairEndsBetween(from: number, to: number): number {
    if (this.pairEnds.length === 0) return 0;
    return countAtMost(this.pairEnds, to - 1) - countAtMost(this.pairEnds, from - 1);
  }

  position(offset: number): { line: number; column: number } {
    const line = countAtMost(this.starts, offset) - 1;
    const lineStart = this.starts[line]!;
    return { line: line + 1, column: offset - lineStart - this.pairEndsBetween(lineStart, offset) + 1 };
  }
}
