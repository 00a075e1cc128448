// One story of the HTML report: its versions side by side, sentence by sentence as reconcile
// aligned them (by line when the original's text is not at hand), every
// fact marked and each discrepancy's marks linked to its explanation; then the discrepancies
// explained, each linking back to its marks. A conflict says how sure it is and which versions
// differ; a missing fact is marked where a version lacking it would say it (the line of its
// sentence aligned with the one that states it), or said to have no such sentence.
// Right-to-left versions are laid out right to left.
import type { Discrepancy } from '../../reconcile/discrepancies.js';
import type { Group } from '../../reconcile/types.js';
import type { CheckedStory } from '../CheckFormatter.js';
import { conflictMessage } from '../conflictMessage.js';
import { describeValue } from '../describeFact.js';
import { differingPaths } from '../differingPaths.js';
import { versionLabels } from '../versionLabels.js';
import { LineIndex } from '../../text/lineIndex.js';
import type { Alignment, Span } from './Alignment.js';
import { escapeHtml } from './escapeHtml.js';
import { lineAlignment } from './lineAlignment.js';
import { sentenceAlignment } from './sentenceAlignment.js';
import { markText, type Mark } from './markText.js';

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug']);

export const dirOf = (lang: string) => (RTL.has(lang) ? 'rtl' : 'auto');

const isName = (g: Group) => g.type === 'person' || g.type === 'org' || g.type === 'place';

export function factLabel(g: Group): string {
  return `${g.type} ${isName(g) ? String(g.value) : describeValue(g)}`;
}

export function explanationOf(d: Discrepancy, labels: ReadonlyMap<string, string>): string {
  if (d.kind === 'conflict') return d.group.message ?? conflictMessage(d.group);
  return `not in ${d.absent.map((p) => labels.get(p) ?? p).join(', ')}`;
}

/** How sure a conflict is, as reconcile says it (0 to 1). */
export function confidenceOf(g: Group): string {
  return g.confidence === undefined ? '' : `confidence ${g.confidence}`;
}

/** Where a version that lacks a missing fact would say it. */
interface Gap {
  /** The line of the version's sentence aligned with the one that states the fact. */
  line: number;
  id: string;
  label: string;
  href: string;
  title: string;
}

/** The lines (1-based, first and last) a span of a text covers. */
function linesOf(index: LineIndex, span: Span): [number, number] {
  return [index.position(span.start).line, index.position(Math.max(span.start, span.end - 1)).line];
}

export interface RenderedStory {
  id: string;
  html: string;
}

/**
 * The rows are the story's sentences as reconcile aligned them (`story.sentences`), by line
 * when that is not known; `alignment`, when given, is used instead (rows of one span per
 * document, in the order of `story.result.documents`).
 */
export function htmlStory(story: CheckedStory, index: number, alignment?: Alignment): RenderedStory {
  const { result, discrepancies } = story;
  const id = `s${index + 1}`;
  const docs = result.documents;
  const labels = versionLabels(docs);
  const labelOf = new Map(docs.map((d, i) => [d.path, labels[i]!]));
  const texts = docs.map((d) => story.texts?.get(d.path));
  const discrepancyOf = new Map(discrepancies.map((d, k) => [d.group, { d, anchor: `${id}-d${k + 1}` }]));

  // Every mention of every group, as a mark in its version's text.
  const marks: Mark[][] = docs.map(() => []);
  const markIds = new Map<object, string>();
  result.groups.forEach((g, gi) => {
    const found = discrepancyOf.get(g);
    const differing = g.status === 'conflict' ? differingPaths(g) : new Set<string>();
    g.mentions.forEach((m, mi) => {
      const version = docs.findIndex((d) => d.path === m.path);
      if (version < 0) return;
      const status = found ? (found.d.kind === 'conflict' ? (differing.has(m.path) ? 'conflict differs' : 'conflict') : 'missing') : g.status;
      const markId = `${id}-v${version + 1}-g${gi + 1}-m${mi + 1}`;
      markIds.set(m, markId);
      const value = isName(g) ? m.text : describeValue({ type: g.type, value: m.value, currency: m.currency });
      const sure = found?.d.kind === 'conflict' && g.confidence !== undefined ? ` (${confidenceOf(g)})` : '';
      const title = `${g.type} ${value}${found ? ` — ${explanationOf(found.d, labelOf)}${sure}` : ''}`;
      marks[version]!.push({ start: m.start, end: m.end, id: markId, className: `fact t-${g.type} ${status}`, title, ...(found ? { href: `#${found.anchor}` } : {}) });
    });
  });
  for (const list of marks) list.sort((a, b) => a.start - b.start || b.end - a.end);

  // The gaps: each version lacking a missing fact, at the line where the alignment puts it.
  const gaps: Gap[][] = docs.map(() => []);
  /** By discrepancy, then version: the gap's id, or null when the version has no sentence for the fact. */
  const placeOf = new Map<Discrepancy, Map<number, string | null>>();
  discrepancies.forEach((d, k) => {
    if (d.kind !== 'missing' || !d.group.missingAt) return;
    const anchor = `${id}-d${k + 1}`;
    const places = new Map<number, string | null>();
    for (const at of d.group.missingAt) {
      const version = docs.findIndex((doc) => doc.path === at.path);
      if (version < 0 || !d.absent.includes(at.path)) continue;
      if (at.line === undefined) {
        places.set(version, null);
        continue;
      }
      const gapId = `${anchor}-v${version + 1}`;
      const label = factLabel(d.group);
      gaps[version]!.push({ line: at.line, id: gapId, label, href: `#${anchor}`, title: `Missing here: ${label}. This sentence (line ${at.line}) is aligned with one that states it in another version` });
      places.set(version, gapId);
    }
    placeOf.set(d, places);
  });

  const indexes = texts.map((t) => (t === undefined ? undefined : new LineIndex(t)));
  const shown = new Set<string>();
  const rows = (alignment ?? (story.sentences && sentenceAlignment(texts, story.sentences)) ?? lineAlignment(texts))
    .map((row, r) => {
      const cells = docs
        .map((doc, i) => {
          const span = row[i];
          const text = texts[i];
          let content = span && text !== undefined ? markText(text, span, marks[i]!) : '';
          if (span && indexes[i]) {
            const [first, last] = linesOf(indexes[i]!, span);
            for (const gap of gaps[i]!) {
              if (gap.line < first || gap.line > last || shown.has(gap.id)) continue;
              shown.add(gap.id);
              content += ` <a id="${gap.id}" class="gap" href="${gap.href}" title="${escapeHtml(gap.title)}">missing: ${escapeHtml(gap.label)}</a>`;
            }
          }
          return `<td lang="${escapeHtml(doc.lang)}" dir="${dirOf(doc.lang)}">${content}</td>`;
        })
        .join('');
      return `<tr><th scope="row" class="n">${r + 1}</th>${cells}</tr>`;
    })
    .join('\n');

  const explained = discrepancies
    .map((d, k) => {
      const anchor = `${id}-d${k + 1}`;
      const differing = d.kind === 'conflict' ? new Set(d.group.differing ?? []) : new Set<string>();
      const places = placeOf.get(d);
      const versions = docs
        .map((doc, i) => {
          const here = d.group.mentions.filter((m) => m.path === doc.path);
          const lang = `<span class="lang">${escapeHtml(labels[i]!)}</span>`;
          if (here.length === 0) {
            const place = places?.get(i);
            const gapId = place && shown.has(place) ? place : undefined;
            const where =
              gapId !== undefined
                ? ` at <a href="#${gapId}">line ${gaps[i]!.find((g) => g.id === gapId)!.line}</a>, in the sentence aligned with the one that states it`
                : place === null
                  ? ': the sentence that states it has no counterpart here (left out)'
                  : '';
            return `<li class="absent">${lang} missing${where}</li>`;
          }
          const links = here.map((m) => `<a href="#${markIds.get(m)}" dir="${dirOf(doc.lang)}">${escapeHtml(m.text)}</a> <span class="at">${m.line}:${m.column}</span>`).join(', ');
          return differing.has(doc.path) ? `<li class="differs">${lang} ${links} <em>differs</em></li>` : `<li>${lang} ${links}</li>`;
        })
        .join('');
      const kind = d.kind === 'conflict' ? 'Conflict' : 'Missing';
      let detail = '';
      if (d.kind === 'conflict') {
        const named = docs.map((doc, i) => (differing.has(doc.path) ? labels[i]! : undefined)).filter((l) => l !== undefined);
        const who = named.length ? `Differs: ${named.join(', ')}` : 'No version can be named as the one that differs (no original given, no clear majority)';
        const sure = d.group.confidence !== undefined ? ` <span class="confidence">(${confidenceOf(d.group)})</span>` : '';
        detail = `${sure}</p><p class="differing">${escapeHtml(who)}.`;
      }
      return `<li id="${anchor}" class="discrepancy ${d.kind}"><p><strong>${kind}: ${escapeHtml(factLabel(d.group))}</strong> — ${escapeHtml(explanationOf(d, labelOf))}${detail}</p><ul class="where">${versions}</ul></li>`;
    })
    .join('\n');

  const unread = docs.filter((_, i) => texts[i] === undefined).map((d) => `<li>${escapeHtml(d.path)}: the text is not at hand (standard input, or facts read with --facts), so only its facts are listed above</li>`);
  const heads = docs.map((d, i) => `<th scope="col" lang="${escapeHtml(d.lang)}"><span class="lang">${escapeHtml(labels[i]!)}</span> <span class="path">${escapeHtml(d.path)}</span></th>`).join('');
  const title = result.name || 'story';
  const html = [
    `<section class="story" id="${id}">`,
    `<h2>${escapeHtml(title)} <small>${docs.length} ${docs.length === 1 ? 'version' : 'versions'}</small></h2>`,
    unread.length ? `<ul class="notes">${unread.join('')}</ul>` : '',
    `<div class="versions"><table><thead><tr><th scope="col" class="n">#</th>${heads}</tr></thead>\n<tbody>\n${rows}\n</tbody></table></div>`,
    discrepancies.length ? `<h3>Discrepancies</h3>\n<ol class="discrepancies">\n${explained}\n</ol>` : '<p class="clean">No discrepancies.</p>',
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
  return { id, html };
}
