// Text broken between words into lines of at most a number of terminal columns (a word
// longer than that stands alone on its line).
import stringWidth from 'string-width';

export function wrapWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && stringWidth(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  lines.push(line);
  return lines;
}
