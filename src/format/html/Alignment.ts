// Which parts of a story's versions say the same thing: rows of spans, one per version (in
// the order of the story's documents), undefined where a version has nothing for the row.
// A sentence aligner gives one row per aligned sentence; lineAlignment one per line.

export interface Span {
  start: number;
  end: number;
}

export type Alignment = ReadonlyArray<ReadonlyArray<Span | undefined>>;
