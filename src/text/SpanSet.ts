// A set of text spans, merged and sorted, asked in O(log n) whether a span overlaps or lies
// inside any of them.
import type { Span } from '../types.js';

export class SpanSet {
  private readonly spans: Span[] = [];

  constructor(spans: Iterable<Span>) {
    for (const s of [...spans].sort((a, b) => a.start - b.start)) {
      const last = this.spans.at(-1);
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else this.spans.push({ start: s.start, end: s.end });
    }
  }

  /** The first merged span ending after `at`. */
  private after(at: number): Span | undefined {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return this.spans[lo];
  }

  overlaps(s: Span): boolean {
    const next = this.after(s.start);
    return next !== undefined && next.start < s.end;
  }

  contains(s: Span): boolean {
    const next = this.after(s.start);
    return next !== undefined && next.start <= s.start && s.end <= next.end;
  }
}
