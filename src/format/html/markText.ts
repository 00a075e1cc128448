// A span of a version's text as HTML, each fact in it marked: its type and value in the
// tooltip, a conflict or missing fact linked to its explanation.
import { escapeHtml } from './escapeHtml.js';
import type { Span } from './Alignment.js';

export interface Mark extends Span {
  id: string;
  /** CSS classes: the fact's type and its status. */
  className: string;
  title: string;
  /** The explanation it links to, for a discrepancy. */
  href?: string;
}

/** Marks must be sorted by start; one that overlaps the one before is left out. */
export function markText(text: string, span: Span, marks: readonly Mark[]): string {
  let out = '';
  let at = span.start;
  for (const m of marks) {
    if (m.start < at || m.end > span.end || m.start < span.start) continue;
    out += escapeHtml(text.slice(at, m.start));
    const inner = escapeHtml(text.slice(m.start, m.end));
    const content = m.href ? `<a href="${escapeHtml(m.href)}">${inner}</a>` : inner;
    out += `<mark id="${escapeHtml(m.id)}" class="${escapeHtml(m.className)}" title="${escapeHtml(m.title)}">${content}</mark>`;
    at = m.end;
  }
  return out + escapeHtml(text.slice(at, span.end));
}
