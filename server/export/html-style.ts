/**
 * The stylesheet embedded in the HTML export: the page must stand alone (no requests at all; its
 * CSP allows only this inline style), read well on screen and print as a board packet. Colours
 * are the app's, each text colour at least 4.5:1 on its background.
 */

/** A CSS string literal of `text`; `<`, `>`, quotes and backslashes as escapes so nothing closes the style element. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\u2028\u2029]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

const SCREEN = `
:root { color-scheme: light; --ink: #1f2933; --muted: #4f5b67; --line: #c9c5bb; --soft: #e3f0f0; --primary: #0d5c63; --focus: #1d4ed8; --paper: #f7f6f2; }
* { box-sizing: border-box; }
html { background: var(--paper); }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem; background: #fff; color: var(--ink); font: 16px/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
h1, h2, h3, h4 { color: var(--primary); line-height: 1.25; }
h1 { font-size: 2.2rem; margin: 0.25rem 0 1rem; }
h2 { font-size: 1.6rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--soft); }
h3 { font-size: 1.25rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
a { color: var(--primary); text-underline-offset: 0.15em; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip-link { position: absolute; left: 1rem; top: -4rem; padding: 0.5rem 1rem; background: var(--primary); color: #fff; }
.skip-link:focus { top: 0.5rem; }
.cover__district { margin: 0; color: var(--muted); font-size: 1.1rem; }
.cover__facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.25rem; margin: 1.5rem 0 0; }
.cover__facts div { display: grid; grid-template-columns: subgrid; grid-column: 1 / -1; }
.cover__facts dt { font-weight: 600; }
.cover__facts dd { margin: 0; }
.contents ol { padding-left: 1.5rem; }
.contents li { margin: 0.2rem 0; }
.tags { margin: 0 0 1rem; color: var(--muted); font-size: 0.95rem; }
.summary { color: var(--muted); }
blockquote { margin: 1rem 0; padding: 0.25rem 1rem; border-left: 4px solid var(--line); color: var(--muted); font-style: italic; }
pre { padding: 0.75rem 1rem; background: var(--paper); border: 1px solid var(--line); overflow-x: auto; }
code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 0.92em; }
hr { border: 0; border-top: 1px solid var(--line); margin: 1.5rem 0; }
.table-scroll { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 0.9rem; }
th, td { padding: 0.45rem 0.6rem; border: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
tbody th { font-weight: 600; }
.body-table { margin: 1rem 0; }
th p, td p { margin: 0; }
th p + p, td p + p { margin-top: 0.4em; }
.colophon { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
`;

function print(title: string): string {
  return `
@page {
  size: letter;
  margin: 2cm 2cm 2.4cm;
  @top-right { content: ${cssString(title)}; font: 9pt system-ui, sans-serif; color: #4f5b67; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #4f5b67; }
}
@page wide { size: letter landscape; }
@page cover { @top-right { content: none; } }
@media print {
  html, body { background: #fff; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  .skip-link { display: none; }
  .cover { page: cover; }
  .contents, .part--major { break-before: page; }
  .part--wide { page: wide; }
  h2, h3, h4 { break-after: avoid; }
  tr, li, blockquote, pre { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-scroll { overflow: visible; }
  main a[href^="http"]::after, main a[href^="mailto:"]::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
  a { color: inherit; }
}
`;
}

/** The whole stylesheet for a plan titled `title` (the title runs along the top of printed pages). */
export function exportStylesheet(title: string): string {
  return SCREEN + print(title);
}
