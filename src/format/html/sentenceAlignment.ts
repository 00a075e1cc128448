// The versions side by side sentence by sentence, as reconcile aligned them: one row per
// sentence of the pivot, each other version's sentences in the row of the pivot's sentence
// they are linked with. A sentence the aligner did not link (it states no fact) goes to a
// row between those of the linked sentences around it, in proportion, so every sentence of
// every version is shown once and in order.
import type { StoryAlignment } from '../../reconcile/types.js';
import { sentenceStarts } from '../../text/sentenceStarts.js';
import type { Alignment, Span } from './Alignment.js';

/** Each sentence of a text as a span, its trailing blanks left out. */
function sentenceSpans(text: string): Span[] {
  const starts = sentenceStarts(text);
  return starts.map((start, i) => {
    let end = i + 1 < starts.length ? starts[i + 1]! : text.length;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { start, end };
  });
}

/** The pivot row of each of a version's sentences: links fix some, the others fall in between. */
function rowsOf(links: StoryAlignment['links'][number], sentences: number, rows: number): number[] {
  const fixed = new Map<number, number>();
  for (const link of links) for (const v of link.version) fixed.set(v, Math.min(...link.pivot));
  const linked = [...fixed.keys()].sort((a, b) => a - b);
  const row: number[] = [];
  let before: [version: number, row: number] = [-1, 0];
  let next = 0;
  for (let v = 0; v < sentences; v++) {
    const own = fixed.get(v);
    if (own !== undefined) {
      row.push(own);
      before = [v, own];
      continue;
    }
    while (next < linked.length && linked[next]! < v) next++;
    const [v1, r1] = next < linked.length ? [linked[next]!, fixed.get(linked[next]!)!] : [sentences, rows - 1];
    const [v0, r0] = before;
    row.push(Math.round(r0 + ((v - v0) * (r1 - r0)) / (v1 - v0)));
  }
  // In order whatever the links: a row never goes back, and stays in the table.
  for (let v = 0; v < sentences; v++) row[v] = Math.min(rows - 1, Math.max(row[v]!, v > 0 ? row[v - 1]! : 0));
  return row;
}

/** Rows of spans, one per document (undefined where a version has nothing for the row); undefined when the pivot's text is not at hand. */
export function sentenceAlignment(texts: ReadonlyArray<string | undefined>, alignment: StoryAlignment): Alignment | undefined {
  const pivotText = texts[alignment.pivot];
  if (pivotText === undefined) return undefined;
  const pivotSpans = sentenceSpans(pivotText);
  if (pivotSpans.length === 0) return undefined;
  const rows: Array<Array<Span | undefined>> = pivotSpans.map(() => texts.map(() => undefined));
  texts.forEach((text, v) => {
    if (text === undefined) return;
    const spans = sentenceSpans(text);
    if (v === alignment.pivot) {
      spans.forEach((span, r) => (rows[r]![v] = span));
      return;
    }
    const rowOf = rowsOf(alignment.links[v] ?? [], spans.length, rows.length);
    spans.forEach((span, i) => {
      const cell = rows[rowOf[i]!]!;
      const before = cell[v];
      // Consecutive sentences in one row are one span: the text between them is kept.
      cell[v] = before ? { start: before.start, end: span.end } : span;
    });
  });
  return rows;
}
