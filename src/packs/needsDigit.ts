// Whether every match of a rule pattern holds a digit, read from the pattern itself: then
// the rule need only run near digits. A small reader of the pattern's structure (branches,
// groups, optional parts); anything it cannot be sure of counts as "no".

const DIGIT_PLACEHOLDER = /^\{(?:DAY2?|YEAR2?|INT|NUM|MONTHNUM2?)\}$/;

interface Item {
  /** The item holds a digit whenever it matches. */
  digit: boolean;
  /** Where the item ends in the pattern (exclusive). */
  end: number;
}

/** The end of the bracketed part starting at `at` ("(", "["), escapes and classes respected. */
function closing(pattern: string, at: number): number {
  const open = pattern[at];
  let depth = 0;
  for (let i = at; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (open === '(' && c === '[') {
      i = closing(pattern, i) - 1;
      continue;
    }
    if (c === open) depth++;
    else if ((open === '(' && c === ')') || (open === '[' && c === ']')) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return pattern.length;
}

/** One item of a branch and whether a quantifier after it makes it optional. */
function item(pattern: string, at: number): Item {
  const c = pattern[at]!;
  let end: number;
  let digit = false;
  if (c === '\\') {
    end = at + 2;
    digit = pattern[at + 1] === 'd';
  } else if (c === '[') {
    end = closing(pattern, at);
    digit = /^\[0-9\]$|^\[[0-9]-[0-9]\]$/.test(pattern.slice(at, end));
  } else if (c === '(') {
    end = closing(pattern, at);
    const inner = pattern.slice(at + 1, end - 1).replace(/^\?(?:<[a-z0-9]+>|:)/i, '');
    // Lookarounds match no text of their own.
    digit = !/^\?(?:[=!]|<[=!])/.test(pattern.slice(at + 1)) && needsDigit(inner);
  } else if (c === '{' && pattern.indexOf('}', at) > at) {
    end = pattern.indexOf('}', at) + 1;
    digit = DIGIT_PLACEHOLDER.test(pattern.slice(at, end));
  } else end = at + 1;
  // A quantifier that allows zero repetitions makes the item optional.
  const quantifier = /^(?:[?*]|\{0,?[0-9]*\})\??/.exec(pattern.slice(end));
  if (quantifier) return { digit: false, end: end + quantifier[0].length };
  const more = /^(?:\+|\{[1-9][0-9]*,?[0-9]*\})\??/.exec(pattern.slice(end));
  return { digit, end: end + (more?.[0].length ?? 0) };
}

/** Top-level branches of a pattern (split at "|" outside groups and classes). */
function branches(pattern: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i];
    if (c === '\\') i += 2;
    else if (c === '(' || c === '[') i = closing(pattern, i);
    else if (c === '|') {
      out.push(pattern.slice(from, i));
      from = ++i;
    } else i++;
  }
  out.push(pattern.slice(from));
  return out;
}

export function needsDigit(pattern: string): boolean {
  return branches(pattern).every((branch) => {
    for (let i = 0; i < branch.length; ) {
      const it = item(branch, i);
      if (it.digit) return true;
      i = it.end;
    }
    return false;
  });
}
