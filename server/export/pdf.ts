/**
 * The board packet as a tagged PDF (PDF/UA-style structure, WCAG 2.1 AA for posted board
 * documents): a cover, a linked table of contents with page numbers, every section's rich text,
 * then the action plan, the Essential Conditions matrix, measures and the Leader Standards
 * appendix. Every page after the cover carries the plan's title and its page number; every part
 * is a bookmark.
 *
 * Layout yields between blocks and table rows (slicer.ts); the server runs it in a worker thread.
 */
import type { ExportDocument, RenderedExport } from './model.ts';
import { APPENDICES } from './pdf-appendices.ts';
import { drawCover, drawSection, fillContents, reserveContents, type ContentsEntry } from './pdf-parts.ts';
import { COLOR, PAGE, TYPE, PdfWriter } from './pdf-writer.ts';
import { documentTitle } from './plan-parts.ts';
import { TimeSlicer } from './slicer.ts';

export const PDF_CONTENT_TYPE = 'application/pdf';

/** The running header (plan title, district) and footer (page n of m) on every page but the cover. */
function drawPageFurniture(w: PdfWriter, plan: ExportDocument): void {
  const { doc } = w;
  const { start, count } = doc.bufferedPageRange();
  const headerY = PAGE.margin - 34;
  const footerY = PAGE.height - PAGE.margin + 22;
  for (let page = start + 1; page < start + count; page += 1) {
    doc.switchToPage(page);
    w.artifact(() => {
      w.font('regular', TYPE.small, COLOR.muted);
      const district = plan.district.trim();
      const districtWidth = district === '' ? 0 : doc.widthOfString(district) + 16;
      // Fit the title beside the district; a long title is shortened with an ellipsis here only.
      doc.text(plan.title, w.left, headerY, { width: w.width - districtWidth, height: TYPE.small * 1.4, ellipsis: true });
      if (district !== '') doc.text(district, w.left + w.width - districtWidth + 16, headerY, { lineBreak: false });
      doc.moveTo(w.left, headerY + 14).lineTo(w.left + w.width, headerY + 14).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
      const label = `Page ${page + 1} of ${count}`;
      doc.text(label, w.left + (w.width - doc.widthOfString(label)) / 2, footerY, { lineBreak: false });
    }, 'Pagination');
  }
}

export async function renderPdf(plan: ExportDocument): Promise<RenderedExport> {
  const slicer = new TimeSlicer();
  const w = new PdfWriter({ title: documentTitle(plan), author: plan.district, subject: `Strategic technology plan — ${plan.versionLabel}` });
  drawCover(w, plan);
  const contents = reserveContents(w, plan.sections.length + APPENDICES.length);
  const entries: ContentsEntry[] = [];
  for (const [index, section] of plan.sections.entries()) {
    await drawSection(w, section, index, entries, slicer);
    await slicer.breathe();
  }
  for (const drawAppendix of APPENDICES) {
    await drawAppendix(w, plan, entries, slicer);
    await slicer.breathe();
  }
  fillContents(w, contents, entries);
  drawPageFurniture(w, plan);
  await slicer.breathe();
  return { contentType: PDF_CONTENT_TYPE, extension: 'pdf', body: await w.finish() };
}
