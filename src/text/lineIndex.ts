// Offsets (UTF-16 units) to 1-based line and column (column in Unicode code points).

export class LineIndex {
  private readonly starts: number[] = [0];
  /** The last answer, so offsets asked in order along one long line are counted once. */
  private last = { offset: 0, line: 0, column: 1 };

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    const resume = this.last.line === line && this.last.offset <= offset;
    let i = resume ? this.last.offset : this.starts[line]!;
    let column = resume ? this.last.column : 1;
    for (; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      // A high surrogate followed by a low one is one code point.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) {
        const next = this.text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
      column++;
    }
    this.last = { offset, line, column };
    return { line: line + 1, column };
  }
}
