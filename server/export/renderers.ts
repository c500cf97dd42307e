/** One renderer per export format; each lays out the same ExportDocument. The route picks one by `format`. */
import { renderDocx } from './docx.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import type { ExportDocument, ExportFormat, RenderedExport } from './model.ts';
import { renderPdf } from './pdf.ts';

export type Renderer = (doc: ExportDocument) => Promise<RenderedExport>;

export const renderers: Readonly<Record<ExportFormat, Renderer>> = {
  pdf: renderPdf,
  docx: renderDocx,
  md: renderMarkdown,
  html: renderHtml,
};
