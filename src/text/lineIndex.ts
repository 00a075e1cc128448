// Offsets (UTF-16 units) to 1-based line and column (column in Unicode code points).

/** Columns are remembered every this many units along a line, so long lines are counted once. */
const STEP = 4096;

export class LineIndex {
  private readonly starts: number[] = [0];
  /** Per line: the column at lineStart + k * STEP, for the k counted so far. */
  private readonly checkpoints = new Map<number, number[]>();

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

  /** Code points from `from` to `to`; a surrogate pair straddling `to` counts at its start. */
  private countColumns(from: number, to: number): number {
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
        const prev = this.text.charCodeAt(i - 1);
        if (prev >= 0xd800 && prev <= 0xdbff) continue;
      }
      n++;
    }
    return n;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    const lineStart = this.starts[line]!;
    let marks = this.checkpoints.get(line);
    if (!marks) this.checkpoints.set(line, (marks = [1]));
    const k = Math.floor((offset - lineStart) / STEP);
    while (marks.length <= k) {
      const at = lineStart + (marks.length - 1) * STEP;
      marks.push(marks.at(-1)! + this.countColumns(at, at + STEP));
    }
    return { line: line + 1, column: marks[k]! + this.countColumns(lineStart + k * STEP, offset) };
  }
}
