// The bodies of the lookarounds in a regex source ("(?<=…)", "(?<!…)", "(?=…)", "(?!…)"),
// outermost and nested, read past escapes and character classes. A backtracking checker
// that does not look inside a lookbehind can then be given each body as a pattern of its own.

const LOOKAROUND = /^\(\?(?:<=|<!|=|!)/;

export function lookaroundBodies(source: string): string[] {
  const bodies: string[] = [];
  /** Where each open group's body starts, or -1 for a group that is no lookaround. */
  const open: number[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      const m = LOOKAROUND.exec(source.slice(i, i + 4));
      open.push(m ? i + m[0].length : -1);
    } else if (c === ')') {
      const start = open.pop();
      if (start !== undefined && start >= 0) bodies.push(source.slice(start, i));
    }
  }
  return bodies;
}
