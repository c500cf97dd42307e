/**
 * The PDF's page, type and tagging conventions in one place, over PDFKit. Every piece of content
 * is drawn inside a structure element (headings H1–H4, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Link),
 * and everything that is only decoration (rules, shading, running header and footer, repeated
 * table headers) is marked as an artifact, so a screen reader reads the plan and nothing else.
 *
 * Type: DejaVu Sans, embedded (never one of the standard 14 fonts, which are not embedded and
 * lack many characters people type), on US Letter with one-inch margins; body 10.5 pt.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { yieldToEventLoop } from './slicer.ts';

export type Struct = PDFKit.PDFStructureElement;
export type FontName = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono';

const FONT_FILES: Readonly<Record<FontName, string>> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
  mono: 'DejaVuSansMono.ttf',
};

let fontData: Map<FontName, Uint8Array> | undefined;

/** The font files, read once per process: every export embeds (a subset of) them. */
function fonts(): Map<FontName, Uint8Array> {
  if (!fontData) {
    const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fontData = new Map(Object.entries(FONT_FILES).map(([name, file]) => [name as FontName, readFileSync(join(dir, file))]));
  }
  return fontData;
}

/** US Letter, one-inch margins: what a district prints its board packet on. */
export const PAGE = { width: 612, height: 792, margin: 72 } as const;

export const TYPE = {
  body: 10.5,
  small: 8.5,
  meta: 9,
  h1: 28,
  h2: 18,
  h3: 13.5,
  h4: 11.5,
  lineGap: 3,
  paragraphGap: 7,
} as const;

/** Colors chosen for print and for contrast on white (all at least 7:1 except the rules). */
export const COLOR = {
  text: '#1b1f24',
  muted: '#46515c',
  accent: '#1d4e89',
  link: '#0b4f9c',
  rule: '#b9c4cf',
  shade: '#eef2f7',
  headerShade: '#dde6f0',
} as const;

const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * A document-information value. PDFKit writes the Info dictionary from a String object's value
 * but pastes its text unescaped into the XMP metadata packet, where a title like "Technology &
 * Learning" would make the XML invalid (and accessibility checkers read the title there). So the
 * value stays as typed and only its text form is escaped.
 */
function infoValue(value: string): string {
  const boxed = new String(value);
  boxed.toString = () => value.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
  // PDFKit's typings say string; at run time it accepts (and needs here) the String object.
  return boxed as unknown as string;
}

export interface WriterOptions {
  title: string;
  author: string;
  subject: string;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  /** The structure root every part of the plan hangs from. */
  readonly root: Struct;
  /** Index of the page being written (0 = the cover). */
  pageIndex = 0;

  constructor(options: WriterOptions) {
    this.doc = new PDFDocument({
      size: 'LETTER',
      margin: PAGE.margin,
      bufferPages: true,
      tagged: true,
      lang: 'en-US',
      displayTitle: true,
      pdfVersion: '1.7',
      // Without this PDFKit selects Helvetica at start, a standard font that is never embedded.
      font: '',
      info: { Title: infoValue(options.title), Author: infoValue(options.author), Subject: infoValue(options.subject), Creator: 'Planwright', Producer: 'Planwright (PDFKit)' },
    });
    for (const [name, data] of fonts()) this.doc.registerFont(name, data);
    this.font('regular', TYPE.body);
    this.doc.on('pageAdded', () => {
      this.pageIndex += 1;
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  get left(): number {
    return PAGE.margin;
  }
  get width(): number {
    return PAGE.width - 2 * PAGE.margin;
  }
  get top(): number {
    return PAGE.margin;
  }
  get bottom(): number {
    return PAGE.height - PAGE.margin;
  }

  font(name: FontName, size: number, color: string = COLOR.text): PDFKit.PDFDocument {
    return this.doc.font(name).fontSize(size).fillColor(color);
  }

  /** Height of one line of `font` at `size`, with the body's line gap. */
  lineHeight(size: number, font: FontName = 'regular'): number {
    this.font(font, size);
    return this.doc.currentLineHeight(true) + TYPE.lineGap;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** Draws decoration that is not part of the plan's content (kept out of the structure tree). */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    this.doc.save();
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
    this.doc.restore();
  }

  /** A horizontal rule as decoration. */
  rule(x: number, y: number, width: number, color: string = COLOR.rule, lineWidth = 0.75): void {
    this.artifact(() => this.doc.moveTo(x, y).lineTo(x + width, y).lineWidth(lineWidth).strokeColor(color).stroke());
  }

  /** A structure element of `type` under `parent`, already attached so content drawn into it lands in order. */
  child(parent: Struct, type: string, options: PDFKit.Mixins.StructureElementOptions = {}): Struct {
    const element = this.doc.struct(type, options);
    parent.add(element);
    return element;
  }

  /** A leaf element whose content is drawn by `draw`, inside its marked content. */
  leaf(parent: Struct, type: string, draw: () => void, options: PDFKit.Mixins.StructureElementOptions = {}): void {
    const element = this.child(parent, type, options);
    element.add(draw);
    element.end();
  }

  /** Draws on each page from (fromPage, fromY) to the current position, e.g. a rule beside a quote that crosses pages. */
  alongside(fromPage: number, fromY: number, draw: (y0: number, y1: number) => void): void {
    const lastPage = this.pageIndex;
    const lastY = this.doc.y;
    for (let page = fromPage; page <= lastPage; page += 1) {
      this.doc.switchToPage(page);
      draw(page === fromPage ? fromY : this.top, page === lastPage ? lastY : this.bottom);
    }
    this.doc.switchToPage(lastPage);
    this.doc.y = lastY;
  }

  /** Writes the file out; resolves with its bytes once PDFKit has finished. */
  async finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const written = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Uint8Array) => chunks.push(Buffer.from(chunk)));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    // Compressing every buffered page and embedding the font subsets are the two longest
    // synchronous steps; a turn of the event loop between them halves the longest stall.
    this.doc.flushPages();
    await yieldToEventLoop();
    this.root.end();
    this.doc.end();
    return written;
  }
}
