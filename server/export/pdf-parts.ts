/**
 * The cover, the table of contents and the sections of the PDF. The contents pages are reserved
 * right after the cover and filled in last, once every part's page is known; each part is also a
 * named destination (the contents lines link to it) and a bookmark in the PDF's outline.
 */
import type { ExportDocument, ExportSection } from './model.ts';
import { drawBlocks, drawInlines, type Frame } from './pdf-blocks.ts';
import { COLOR, PAGE, TYPE, type PdfWriter, type Struct } from './pdf-writer.ts';
import { coverFacts, sectionTags } from './plan-parts.ts';
import { plainInline, toBlocks, type Inline } from './prosemirror.ts';
import type { TimeSlicer } from './slicer.ts';

export interface ContentsEntry {
  title: string;
  /** Index of the page the part starts on (0 = the cover). */
  page: number;
  destination: string;
}

const CONTENTS_LINE = 20;
const CONTENTS_HEADING = 56;

export function fullFrame(w: PdfWriter): Frame {
  return { x: w.left, width: w.width, depth: 0 };
}

function boldInline(text: string): Inline {
  const inline = plainInline(text);
  return inline.kind === 'text' ? { ...inline, marks: { ...inline.marks, bold: true } } : inline;
}

export function drawCover(w: PdfWriter, plan: ExportDocument): void {
  const { doc } = w;
  const frame = fullFrame(w);
  w.artifact(() => doc.rect(0, 0, PAGE.width, 14).fill(COLOR.accent));
  doc.y = 170;
  if (plan.district.trim() !== '') drawInlines(w, w.root, 'P', [plainInline(plan.district)], frame, { size: 14, bold: true, color: COLOR.accent, gapAfter: 10 });
  drawInlines(w, w.root, 'H1', [plainInline(plan.title)], frame, { size: TYPE.h1, bold: true, gapAfter: 8 });
  drawInlines(w, w.root, 'P', [plainInline('Strategic technology plan')], frame, { size: 14, color: COLOR.muted, gapAfter: 18 });
  w.rule(w.left, doc.y, 120, COLOR.accent, 2);
  doc.y += 22;
  for (const [label, value] of coverFacts(plan)) {
    if (label === 'District' || value.trim() === '') continue;
    drawInlines(w, w.root, 'P', [boldInline(`${label}: `), plainInline(value)], frame, { size: 11, gapAfter: 5 });
  }
}

/** How many pages the contents need: the heading, then one line per part. */
export function contentsPages(w: PdfWriter, entries: number): number {
  const room = w.bottom - w.top;
  const first = Math.floor((room - CONTENTS_HEADING) / CONTENTS_LINE);
  return entries <= first ? 1 : 1 + Math.ceil((entries - first) / Math.floor(room / CONTENTS_LINE));
}

/**
 * Reserves the contents pages after the cover. Their heading and list are attached to the
 * structure tree now, in reading order, and drawn by `fillContents` at the end.
 */
export function reserveContents(w: PdfWriter, entries: number): { heading: Struct; list: Struct; firstPage: number } {
  w.newPage();
  const firstPage = w.pageIndex;
  w.doc.outline.addItem('Contents');
  const heading = w.child(w.root, 'H2');
  const list = w.child(w.root, 'TOC');
  for (let extra = 1; extra < contentsPages(w, entries); extra += 1) w.newPage();
  return { heading, list, firstPage };
}

export function fillContents(w: PdfWriter, reserved: { heading: Struct; list: Struct; firstPage: number }, entries: readonly ContentsEntry[]): void {
  const { doc } = w;
  let page = reserved.firstPage;
  doc.switchToPage(page);
  doc.y = w.top;
  reserved.heading.add(() => {
    w.font('bold', TYPE.h2, COLOR.accent);
    doc.text('Contents', w.left, w.top, { width: w.width });
  });
  reserved.heading.end();
  let y = w.top + CONTENTS_HEADING;
  const numberWidth = 36;
  for (const entry of entries) {
    if (y + CONTENTS_LINE > w.bottom) {
      page += 1;
      doc.switchToPage(page);
      y = w.top;
    }
    const item = w.child(reserved.list, 'TOCI');
    const link = w.child(item, 'Link');
    // The space keeps the title and its page number apart for a screen reader.
    const number = ` ${entry.page + 1}`;
    link.add(() => {
      w.font('regular', TYPE.body, COLOR.text);
      doc.text(entry.title, w.left, y, { width: w.width - numberWidth - 8, height: CONTENTS_LINE - 4, ellipsis: true, lineBreak: true });
      doc.text(number, w.left + w.width - numberWidth, y, { width: numberWidth, align: 'right', height: CONTENTS_LINE - 4 });
    });
    doc.goTo(w.left, y, w.width, CONTENTS_LINE - 6, entry.destination, { structParent: link });
    link.end();
    item.end();
    const leaderStart = w.left + Math.min(doc.widthOfString(entry.title) + 6, w.width - numberWidth - 8);
    w.artifact(() => doc.moveTo(leaderStart, y + 10).lineTo(w.left + w.width - doc.widthOfString(number) - 6, y + 10).dash(1, { space: 3 }).lineWidth(0.6).strokeColor(COLOR.rule).stroke().undash());
    y += CONTENTS_LINE;
  }
  reserved.list.end();
}

/** Starts a part of the plan on a new page: its bookmark, its link target, its contents line. */
export function startPart(w: PdfWriter, title: string, destination: string, entries: ContentsEntry[]): Struct {
  w.newPage();
  w.doc.addNamedDestination(destination, 'XYZ', w.left, w.top, 0);
  w.doc.outline.addItem(title);
  entries.push({ title, page: w.pageIndex, destination });
  const part = w.child(w.root, 'Sect');
  drawInlines(w, part, 'H2', [plainInline(title)], fullFrame(w), { size: TYPE.h2, bold: true, color: COLOR.accent, gapAfter: 2 });
  w.rule(w.left, w.doc.y + 2, w.width, COLOR.accent, 1);
  w.doc.y += 10;
  return part;
}

/** A muted line under a heading: what a part addresses, what a table shows. */
export function drawNote(w: PdfWriter, parent: Struct, text: string, gapAfter = 4): void {
  drawInlines(w, parent, 'P', [plainInline(text)], fullFrame(w), { size: TYPE.meta, color: COLOR.muted, gapAfter });
}

function wordsNote(section: ExportSection): string | null {
  if (section.wordLimit === null) return null;
  return `${section.words} of at most ${section.wordLimit} words`;
}

export async function drawSection(w: PdfWriter, section: ExportSection, index: number, entries: ContentsEntry[], slicer: TimeSlicer): Promise<void> {
  const part = startPart(w, section.title, `section-${index + 1}`, entries);
  const notes = [...sectionTags(section), wordsNote(section)].filter((line): line is string => line !== null);
  notes.forEach((line, i) => drawNote(w, part, line, i === notes.length - 1 ? 12 : 2));
  const blocks = toBlocks(section.content);
  if (blocks.length === 0) drawInlines(w, part, 'P', [plainInline('Nothing has been written in this section yet.')], fullFrame(w), { size: TYPE.body, italic: true, color: COLOR.muted });
  await drawBlocks(w, part, blocks, fullFrame(w), slicer);
  part.end();
}
