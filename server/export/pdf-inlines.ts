/**
 * Rich inline text in the PDF: runs of bold, italic, underlined, struck-out and code text and
 * links, drawn as one structure element (P, H3, a table cell's P…) with a Link element around
 * each linked stretch so its annotation is tagged with it. Paragraphs, headings and table cells
 * all draw their text here.
 */
import { groupLinks, plainText, type Inline, type TextMarks } from './prosemirror.ts';
import { COLOR, TYPE, type FontName, type PdfWriter, type Struct } from './pdf-writer.ts';

/** Where a run of blocks is laid out: its left edge and width (lists and quotes indent). */
export interface Frame {
  x: number;
  width: number;
  /** Nesting depth of lists, for the bullet shape. */
  depth: number;
}

export interface TextStyle {
  size: number;
  color?: string;
  /** The face when the text itself carries no bold or italic (headings are bold throughout). */
  bold?: boolean;
  italic?: boolean;
  mono?: boolean;
  gapAfter?: number;
  /** Space between lines; the body's unless given (table cells set theirs tighter). */
  lineGap?: number;
  /** Points the text may take before it stops: a table cell's text must not start a page of its own. */
  maxHeight?: number;
}

export function faceOf(marks: TextMarks | null, style: TextStyle): FontName {
  if (style.mono || marks?.code) return 'mono';
  const bold = style.bold || marks?.bold === true;
  const italic = style.italic || marks?.italic === true;
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  return italic ? 'italic' : 'regular';
}

/**
 * How tall inline content will be at `width`. PDFKit measures one face at a time, so the text is
 * measured whole in each face it uses and the tallest wins: never less than it will take.
 */
export function inlinesHeight(w: PdfWriter, inlines: readonly Inline[], width: number, style: TextStyle): number {
  const text = plainText(inlines);
  const faces = new Set<FontName>(inlines.map((inline) => faceOf(inline.kind === 'text' ? inline.marks : null, style)));
  if (faces.size === 0) faces.add(faceOf(null, style));
  return Math.max(
    ...[...faces].map((face) => {
      w.font(face, style.size);
      return w.doc.heightOfString(text, { width, lineGap: style.lineGap ?? TYPE.lineGap });
    }),
  );
}

/**
 * Inline content as one element of `type` (P, H3, TD text…): consecutive text calls PDFKit
 * continues on the same line, a Link element around each linked stretch so its annotation is
 * tagged with it. PDFKit breaks pages inside it (unless `maxHeight` stops it) and carries the
 * marked content across.
 */
export function drawInlines(w: PdfWriter, parent: Struct, type: string, inlines: readonly Inline[], frame: Frame, style: TextStyle): void {
  const { doc } = w;
  const element = w.child(parent, type);
  const pieces = inlines.length === 0 ? [] : groupLinks(inlines);
  const last = pieces.flatMap((run) => run.inlines).length - 1;
  let index = 0;
  for (const run of pieces) {
    const draw = (): void => {
      for (const inline of run.inlines) {
        const marks = inline.kind === 'text' ? inline.marks : null;
        const text = inline.kind === 'text' ? inline.text : '\n';
        w.font(faceOf(marks, style), style.size, run.href ? COLOR.link : (style.color ?? COLOR.text));
        // Every option is given each time: PDFKit carries unset ones over from the previous piece.
        const options: PDFKit.Mixins.TextOptions = {
          continued: index < last,
          link: run.href,
          underline: run.href !== null || marks?.underline === true,
          strike: marks?.strike === true,
          lineGap: style.lineGap ?? TYPE.lineGap,
        };
        const bound = style.maxHeight === undefined ? {} : { height: style.maxHeight };
        if (index === 0) doc.text(text, frame.x, doc.y, { ...options, ...bound, width: frame.width });
        else doc.text(text, options);
        index += 1;
      }
    };
    if (run.href === null) element.add(draw);
    else w.leaf(element, 'Link', draw);
  }
  element.end();
  doc.x = frame.x;
  doc.y += style.gapAfter ?? TYPE.paragraphGap;
}
