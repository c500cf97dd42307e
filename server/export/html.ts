/**
 * The plan as one self-contained web page: for a district website, an e-mail to the board, and
 * the app's print preview. It makes no requests (its stylesheet is embedded, it has no script),
 * it is structured for assistive technology (language, title, landmarks, a linked table of
 * contents, tables with scoped headers) and every piece of text is escaped, so whatever the
 * authors typed stays text.
 */
import { exportStylesheet } from './html-style.ts';
import type { ExportDocument, ExportSection, RenderedExport } from './model.ts';
import { coverFacts, documentTitle, planTables, sectionTags } from './plan-parts.ts';
import type { PlanTable } from './plan-parts.ts';
import { groupLinks, isBlank, toBlocks } from './prosemirror.ts';
import type { Block, Inline, ListItem, TableCell } from './prosemirror.ts';
import { hasHeaderRow, type BodyTable } from './table-grid.ts';

export const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';

/**
 * The Content-Security-Policy to serve the HTML export with: it is a standalone document, not
 * the app, so it may load nothing and run nothing; only its own inline stylesheet applies.
 */
export const HTML_EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (or an attribute value) with every character HTML could read as markup escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function inlineRun(inline: Inline): string {
  if (inline.kind === 'break') return '<br>';
  const { marks } = inline;
  let html = escapeHtml(inline.text);
  if (marks.code) html = `<code>${html}</code>`;
  if (marks.strike) html = `<s>${html}</s>`;
  if (marks.underline) html = `<u>${html}</u>`;
  if (marks.italic) html = `<em>${html}</em>`;
  if (marks.bold) html = `<strong>${html}</strong>`;
  return html;
}

function inlineHtml(inlines: readonly Inline[]): string {
  return groupLinks(inlines)
    .map((group) => {
      const html = group.inlines.map(inlineRun).join('');
      return group.href === null ? html : `<a href="${escapeHtml(group.href)}">${html}</a>`;
    })
    .join('');
}

function itemHtml(item: ListItem): string {
  const [only] = item.blocks;
  // A one-paragraph item is written without its <p>, as a browser-made list would be.
  if (item.blocks.length === 1 && only?.kind === 'paragraph') return `<li>${inlineHtml(only.inlines)}</li>`;
  return `<li>${blocksHtml(item.blocks)}</li>`;
}

function cellHtml(cell: TableCell, inHeaderRow: boolean): string {
  const spans = `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`;
  const [only] = cell.paragraphs;
  // A one-paragraph cell is written without its <p>, as a browser-made table would be.
  const content = cell.paragraphs.length === 1 && only ? inlineHtml(only) : cell.paragraphs.map((inlines) => `<p>${inlineHtml(inlines)}</p>`).join('');
  if (!cell.header) return `<td${spans}>${content}</td>`;
  // A header cell names its column in the header row, and its row anywhere else.
  return `<th scope="${inHeaderRow ? 'col' : 'row'}"${spans}>${content}</th>`;
}

/** A table of a section body: the header row in <thead>, merged cells kept merged. */
function bodyTableHtml(table: BodyTable): string {
  const headed = hasHeaderRow(table);
  const rowHtml = (cells: readonly TableCell[], inHeaderRow: boolean): string => `<tr>${cells.map((cell) => cellHtml(cell, inHeaderRow)).join('')}</tr>`;
  const [first, ...rest] = table.rows;
  const head = headed && first ? [`<thead>${rowHtml(first, true)}</thead>`] : [];
  const bodyRows = (headed ? rest : table.rows).map((cells) => rowHtml(cells, false));
  const body = bodyRows.length > 0 ? [`<tbody>\n${bodyRows.join('\n')}\n</tbody>`] : [];
  return ['<table class="body-table">', ...head, ...body, '</table>'].join('\n');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return isBlank(block.inlines) ? '' : `<p>${inlineHtml(block.inlines)}</p>`;
    case 'heading': {
      // Body headings sit under the plan (h1) and the section (h2).
      const level = Math.min(Math.max(block.level, 3), 6);
      return `<h${level}>${inlineHtml(block.inlines)}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${block.items.map(itemHtml).join('')}</ul>`;
    case 'orderedList':
      return `<ol${block.start === 1 ? '' : ` start="${block.start}"`}>${block.items.map(itemHtml).join('')}</ol>`;
    case 'blockquote':
      return `<blockquote>${blocksHtml(block.blocks)}</blockquote>`;
    case 'codeBlock':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'horizontalRule':
      return '<hr>';
    case 'table':
      return bodyTableHtml(block);
  }
}

function blocksHtml(blocks: readonly Block[]): string {
  return blocks.map(blockHtml).filter((html) => html !== '').join('\n');
}

interface Part {
  id: string;
  title: string;
  /** Starts a new printed page. */
  major: boolean;
  wide: boolean;
  body: string;
}

function partHtml(part: Part): string {
  const classes = ['part', part.major ? 'part--major' : '', part.wide ? 'part--wide' : ''].filter(Boolean).join(' ');
  const id = escapeHtml(part.id);
  return `<section class="${classes}" id="${id}" aria-labelledby="${id}-title">\n<h2 id="${id}-title">${escapeHtml(part.title)}</h2>\n${part.body}\n</section>`;
}

function sectionPart(section: ExportSection, index: number, major: boolean): Part {
  const tags = sectionTags(section);
  const tagLine = tags.length > 0 ? `<p class="tags">${tags.map(escapeHtml).join('<br>')}</p>\n` : '';
  return { id: `section-${index + 1}`, title: section.title, major, wide: false, body: tagLine + blocksHtml(toBlocks(section.content)) };
}

function tableHtml(table: PlanTable): string {
  const id = escapeHtml(table.id);
  const summary = `<p class="summary" id="${id}-summary">${escapeHtml(table.summary)}</p>`;
  if (table.rows.length === 0) return `${summary}\n<p>${escapeHtml(table.empty)}</p>`;
  const head = `<thead><tr>${table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr></thead>`;
  const rows = table.rows.map(
    (row) => `<tr>${row.map((text, index) => (index === 0 ? `<th scope="row">${escapeHtml(text)}</th>` : `<td>${escapeHtml(text)}</td>`)).join('')}</tr>`,
  );
  // The wrapper scrolls a wide table on a narrow screen; focusable so the keyboard can scroll it too.
  return `${summary}\n<div class="table-scroll" role="region" aria-label="${escapeHtml(`${table.title} (table)`)}" tabindex="0">\n<table aria-labelledby="${id}-title" aria-describedby="${id}-summary">\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</div>`;
}

function parts(doc: ExportDocument): Part[] {
  const vision: Part[] =
    doc.vision.length === 0 ? [] : [{ id: 'vision', title: 'Vision', major: true, wide: false, body: doc.vision.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n') }];
  const sections = doc.sections.map((section, index) => sectionPart(section, index, index === 0 && vision.length === 0));
  const tables = planTables(doc).map((table): Part => ({ id: table.id, title: table.title, major: true, wide: table.columns.length > 5, body: tableHtml(table) }));
  return [...vision, ...sections, ...tables];
}

function coverHtml(doc: ExportDocument): string {
  const facts = coverFacts(doc)
    .filter(([label]) => label !== 'District')
    .map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`)
    .join('\n');
  return `<header class="cover">\n<p class="cover__district">${escapeHtml(doc.district)}</p>\n<h1>${escapeHtml(doc.title)}</h1>\n<dl class="cover__facts">\n${facts}\n</dl>\n</header>`;
}

function contentsHtml(all: readonly Part[]): string {
  const items = all.map((part) => `<li><a href="#${escapeHtml(part.id)}">${escapeHtml(part.title)}</a></li>`).join('\n');
  return `<nav class="contents" aria-labelledby="contents-title">\n<h2 id="contents-title">Contents</h2>\n<ol>\n${items}\n</ol>\n</nav>`;
}

/** The plan as one HTML document. */
export function planHtml(doc: ExportDocument): string {
  const title = documentTitle(doc);
  const all = parts(doc);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Planwright">
<title>${escapeHtml(title)}</title>
<style>${exportStylesheet(doc.title)}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to the plan</a>
${coverHtml(doc)}
${contentsHtml(all)}
<main id="main">
${all.map(partHtml).join('\n')}
</main>
<footer class="colophon">
<p>${escapeHtml(`${doc.versionLabel} · ${doc.status} · exported from Planwright on ${doc.exportedOn}`)}</p>
</footer>
</body>
</html>
`;
}

export async function renderHtml(doc: ExportDocument): Promise<RenderedExport> {
  return { contentType: HTML_CONTENT_TYPE, extension: 'html', body: Buffer.from(planHtml(doc), 'utf8') };
}
