// --format html (reconcile and check): one page that needs nothing beside itself (no script,
// no network, no other file): a summary linking to every story and discrepancy, then each
// story with its versions side by side. Written at the end, when the summary is known.
import type { InputError } from '../../types.js';
import type { CheckFormatter } from '../CheckFormatter.js';
import { escapeHtml } from './escapeHtml.js';
import { HTML_STYLE } from './htmlStyle.js';
import { confidenceOf, factLabel, htmlStory } from './htmlStory.js';

export interface HtmlReportContext {
  /** What the page is the report of ("factdiff check"). */
  title: string;
  version: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function errorList(errors: readonly InputError[]): string {
  if (!errors.length) return '';
  return `<div class="errors"><p>${plural(errors.length, 'input error', 'input errors')}:</p><ul>${errors.map((e) => `<li>${escapeHtml(e.path)}: ${escapeHtml(e.message)}</li>`).join('')}</ul></div>`;
}

export function htmlReport(context: HtmlReportContext): CheckFormatter {
  const sections: string[] = [];
  const entries: string[] = [];
  const totals = { conflict: 0, missing: 0, stories: 0 };
  return {
    begin: () => '',
    story(story) {
      const index = totals.stories++;
      const rendered = htmlStory(story, index);
      sections.push(rendered.html);
      const conflicts = story.discrepancies.filter((d) => d.kind === 'conflict').length;
      const missing = story.discrepancies.length - conflicts;
      totals.conflict += conflicts;
      totals.missing += missing;
      const items = story.discrepancies
        .map((d, k) => {
          const sure = d.kind === 'conflict' && d.group.confidence !== undefined ? ` (${confidenceOf(d.group)})` : '';
          return `<li><a href="#${rendered.id}-d${k + 1}">${d.kind === 'conflict' ? 'Conflict' : 'Missing'}: ${escapeHtml(factLabel(d.group))}${sure}</a></li>`;
        })
        .join('');
      const counts = `${plural(conflicts, 'conflict', 'conflicts')}, ${missing} missing`;
      entries.push(`<li><a href="#${rendered.id}">${escapeHtml(story.result.name || 'story')}</a> — ${counts}${items ? `<ul>${items}</ul>` : ''}</li>`);
      return '';
    },
    end({ errors }) {
      const counts = `<p class="counts">${plural(totals.stories, 'story', 'stories')}: <strong class="conflict">${plural(totals.conflict, 'conflict', 'conflicts')}</strong>, <strong class="missing">${plural(totals.missing, 'fact', 'facts')} missing</strong> from some versions</p>`;
      const legend = '<p class="legend">Marks: <mark class="fact conflict differs">differs</mark><mark class="fact conflict">agrees with most</mark><mark class="fact missing">missing elsewhere</mark><span class="gap">missing: where a version lacks it</span><mark class="fact agree">agrees</mark><mark class="fact single">one version only</mark></p>';
      return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        // Nothing may load: no script, no font, no image, no request of any kind.
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<meta name="generator" content="factdiff ${escapeHtml(context.version)}">`,
        `<title>${escapeHtml(context.title)}</title>`,
        `<style>${HTML_STYLE}</style>`,
        '</head>',
        '<body>',
        `<nav class="summary"><h1>${escapeHtml(context.title)}</h1>${counts}${legend}${errorList(errors)}<ul>${entries.join('\n')}</ul></nav>`,
        '<main>',
        ...sections,
        '</main>',
        '</body>',
        '</html>',
        '',
      ].join('\n');
    },
  };
}
