// What a match of a regex may begin with, read from its source: the atoms (characters,
// escapes, classes) its first character must match. A small reader of the structure
// (branches, groups, lookarounds, quantifiers); what it cannot read counts as "anything".

/** `\p{L}`, `.`, `\w`, a negated class…: a first atom any letter may match. */
const BROAD_ATOM = /^(?:\.|\\[pPwWSD]|\[\^|\[.*\\[pPwWSD])/s;

interface Reading {
  /** The atoms the first character matches; undefined when the source cannot be read. */
  atoms: string[] | undefined;
  /** The pattern may match without consuming anything. */
  nullable: boolean;
}

/** The end (exclusive) of the group or class opening at `at`, or -1 when it is not closed. */
function closing(source: string, at: number): number {
  if (source[at] === '[') {
    for (let i = at + 1; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === ']') return i + 1;
    }
    return -1;
  }
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const end = closing(source, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Top-level branches (split at "|" outside groups and classes), or undefined when unbalanced. */
function branches(source: string): string[] | undefined {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === '(' || c === '[') {
      i = closing(source, i);
      if (i < 0) return undefined;
    } else if (c === '|') {
      out.push(source.slice(from, i));
      from = ++i;
    } else i++;
  }
  out.push(source.slice(from));
  return out;
}

/** The escape starting at `at`: "\d", "\p{L}", "\u{1F600}", "\k<name>"… */
function escapeEnd(source: string, at: number): number {
  const next = source[at + 1];
  if ((next === 'p' || next === 'P' || next === 'u') && source[at + 2] === '{') return source.indexOf('}', at) + 1;
  if (next === 'u') return at + 6;
  if (next === 'x') return at + 4;
  if (next === 'c') return at + 3;
  if (next === 'k') return source.indexOf('>', at) + 1;
  return at + 2;
}

function readBranch(branch: string): Reading {
  const atoms: string[] = [];
  for (let i = 0; i < branch.length; ) {
    const c = branch[i]!;
    let end: number;
    let item: Reading;
    if (c === '^' || c === '$') {
      i++;
      continue;
    } else if (c === '(') {
      end = closing(branch, i);
      if (end < 0) return { atoms: undefined, nullable: true };
      const inner = branch.slice(i + 1, end - 1);
      // Lookarounds consume nothing; the first character comes after them.
      if (/^\?<?[=!]/.test(inner)) {
        i = end;
        continue;
      }
      item = read(inner.replace(/^\?(?:<[A-Za-z0-9_$]+>|:)/, ''));
    } else if (c === '[') {
      end = closing(branch, i);
      if (end < 0) return { atoms: undefined, nullable: true };
      item = { atoms: [branch.slice(i, end)], nullable: false };
    } else if (c === '\\') {
      end = escapeEnd(branch, i);
      const escape = branch.slice(i, end);
      if (escape === '\\b' || escape === '\\B') {
        i = end;
        continue;
      }
      // A back-reference may match anything its group matched.
      if (/^\\(?:[1-9]|k<)/.test(escape)) return { atoms: undefined, nullable: true };
      item = { atoms: [escape], nullable: false };
    } else {
      end = i + (c.codePointAt(0)! > 0xffff ? 2 : 1);
      item = { atoms: [branch.slice(i, end)], nullable: false };
    }
    const quantifier = /^(?:[?*+]|\{[0-9]+(?:,[0-9]*)?\})\??/.exec(branch.slice(end));
    const optional = quantifier !== null && /^(?:[?*]|\{0[,}])/.test(quantifier[0]);
    if (!item.atoms) return item;
    atoms.push(...item.atoms);
    if (!item.nullable && !optional) return { atoms, nullable: false };
    i = end + (quantifier?.[0].length ?? 0);
  }
  return { atoms, nullable: true };
}

function read(source: string): Reading {
  const parts = branches(source);
  if (!parts) return { atoms: undefined, nullable: true };
  const atoms: string[] = [];
  let nullable = false;
  for (const part of parts) {
    const r = readBranch(part);
    if (!r.atoms) return r;
    atoms.push(...r.atoms);
    nullable ||= r.nullable;
  }
  return { atoms, nullable };
}

/**
 * Whether a match may begin with an atom any letter matches (`\p{L}+ und`), or begin with
 * nothing, or the source cannot be read: a search for such a pattern tries every position
 * inside every word.
 */
export function startsBroadly(source: string): boolean {
  const { atoms, nullable } = read(source);
  return !atoms || nullable || atoms.some((a) => BROAD_ATOM.test(a));
}
