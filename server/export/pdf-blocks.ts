/**
 * A section body in the PDF: the block tree of prosemirror.ts laid out with its structure —
 * headings H3/H4 (the plan is H1, a section H2, as on the web page), paragraphs P, lists
 * L > LI > Lbl + LBody (nested lists inside the LBody), quotes BlockQuote, code Code, and links
 * as Link elements that own their link annotation, tables Table > TR > TH/TD. Bold, italic,
 * underline, strike and code keep their look through the embedded DejaVu faces.
 */
import { isBlank, type Block, type Inline, type ListItem } from './prosemirror.ts';
import { drawBodyTable } from './pdf-body-table.ts';
import { drawInlines, type Frame } from './pdf-inlines.ts';
import { COLOR, TYPE, type PdfWriter, type Struct } from './pdf-writer.ts';
import type { TimeSlicer } from './slicer.ts';

// The other parts of the PDF draw their text through here too.
export { drawInlines, type Frame, type TextStyle } from './pdf-inlines.ts';

const LIST_INDENT = 18;
const QUOTE_INDENT = 14;
const BULLETS = ['•', '◦', '▪'] as const;

function drawHeading(w: PdfWriter, parent: Struct, level: number, inlines: readonly Inline[], frame: Frame): void {
  // Levels come from prosemirror.ts, 3 and below without gaps (the plan is H1, a section H2).
  const heading = { type: `H${Math.min(Math.max(level, 3), 6)}`, size: level <= 3 ? TYPE.h3 : TYPE.h4 };
  // Keep a heading with the first lines that follow it.
  w.ensureSpace(w.lineHeight(heading.size, 'bold') + 3 * w.lineHeight(TYPE.body) + 6);
  w.doc.y += 6;
  drawInlines(w, parent, heading.type, inlines, frame, { size: heading.size, bold: true, color: COLOR.accent, gapAfter: 4 });
}

function drawParagraph(w: PdfWriter, parent: Struct, inlines: readonly Inline[], frame: Frame, gapAfter: number): void {
  if (isBlank(inlines)) return;
  w.ensureSpace(2 * w.lineHeight(TYPE.body));
  drawInlines(w, parent, 'P', inlines, frame, { size: TYPE.body, gapAfter });
}

function listLabel(ordered: boolean, number: number, depth: number): string {
  return ordered ? `${number}.` : BULLETS[depth % BULLETS.length]!;
}

async function drawList(w: PdfWriter, parent: Struct, items: readonly ListItem[], ordered: number | null, frame: Frame, slicer: TimeSlicer): Promise<void> {
  const { doc } = w;
  const list = w.child(parent, 'L');
  const inner: Frame = { x: frame.x + LIST_INDENT, width: frame.width - LIST_INDENT, depth: frame.depth + 1 };
  for (const [index, item] of items.entries()) {
    const entry = w.child(list, 'LI');
    // The label and the item's first line always share a page.
    w.ensureSpace(2 * w.lineHeight(TYPE.body) + 2);
    const y = doc.y;
    const label = listLabel(ordered !== null, (ordered ?? 1) + index, frame.depth);
    w.leaf(entry, 'Lbl', () => {
      w.font('regular', TYPE.body, COLOR.text);
      doc.text(label, inner.x - 5 - doc.widthOfString(label), y, { lineBreak: false });
    });
    doc.y = y;
    const body = w.child(entry, 'LBody');
    await drawBlocks(w, body, item.blocks, inner, slicer, 3);
    body.end();
    entry.end();
  }
  list.end();
  doc.y += frame.depth === 0 ? TYPE.paragraphGap - 3 : 0;
}

/** A left rule beside the stretch drawn by `draw`, on every page it crosses. */
async function withSideRule(w: PdfWriter, x: number, draw: () => Promise<void>): Promise<void> {
  const page = w.pageIndex;
  const y = w.doc.y;
  await draw();
  w.alongside(page, y, (y0, y1) => w.artifact(() => w.doc.moveTo(x, y0).lineTo(x, y1 - 4).lineWidth(2).strokeColor(COLOR.rule).stroke()));
}

async function drawBlock(w: PdfWriter, parent: Struct, block: Block, frame: Frame, slicer: TimeSlicer, gapAfter: number): Promise<void> {
  switch (block.kind) {
    case 'paragraph':
      return drawParagraph(w, parent, block.inlines, frame, gapAfter);
    case 'heading':
      return drawHeading(w, parent, block.level, block.inlines, frame);
    case 'bulletList':
      return drawList(w, parent, block.items, null, frame, slicer);
    case 'orderedList':
      return drawList(w, parent, block.items, block.start, frame, slicer);
    case 'blockquote': {
      const quote = w.child(parent, 'BlockQuote');
      const inner = { ...frame, x: frame.x + QUOTE_INDENT, width: frame.width - QUOTE_INDENT };
      await withSideRule(w, frame.x + 3, () => drawBlocks(w, quote, block.blocks, inner, slicer, gapAfter));
      quote.end();
      return;
    }
    case 'codeBlock': {
      w.ensureSpace(2 * w.lineHeight(TYPE.small, 'mono'));
      const inner = { ...frame, x: frame.x + QUOTE_INDENT, width: frame.width - QUOTE_INDENT };
      const inlines: Inline[] = [{ kind: 'text', text: block.text, marks: { bold: false, italic: false, underline: false, strike: false, code: true, link: null } }];
      await withSideRule(w, frame.x + 3, async () => drawInlines(w, parent, 'Code', inlines, inner, { size: TYPE.meta, mono: true, gapAfter }));
      return;
    }
    case 'horizontalRule':
      w.ensureSpace(16);
      w.rule(frame.x, w.doc.y + 6, frame.width);
      w.doc.y += 16;
      return;
    case 'table':
      return drawBodyTable(w, parent, block, frame, slicer);
  }
}

/** Lays out blocks one after another, giving the event loop a turn between them when due. */
export async function drawBlocks(w: PdfWriter, parent: Struct, blocks: readonly Block[], frame: Frame, slicer: TimeSlicer, gapAfter: number = TYPE.paragraphGap): Promise<void> {
  for (const block of blocks) {
    await drawBlock(w, parent, block, frame, slicer, gapAfter);
    await slicer.breathe();
  }
}
