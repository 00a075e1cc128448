// Text cut or padded to a number of terminal columns, counted as a terminal shows them
// (string-width: wide CJK characters take two, combining accents and Arabic marks none),
// and cut between grapheme clusters, never inside one.
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function fitWidth(text: string, width: number): string {
  const full = stringWidth(text);
  if (full <= width) return text + ' '.repeat(width - full);
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…${' '.repeat(width - 1 - used)}`;
}
