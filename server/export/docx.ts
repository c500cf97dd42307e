/**
 * The Word file a superintendent's office marks up before the board meeting. Everything a
 * screen reader and Word's navigation pane rely on is real Word structure: the plan title in
 * the Title style, each part in Heading 1, body headings in Heading 2 and 3, a table of
 * contents field, numbered lists, tables whose header row is marked as one and repeats on
 * every page, the document language and its title in the file's properties.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IParagraphStyleOptions, ISectionOptions } from 'docx';
import { CODE_FONT, LIST_NUMBERING, STYLE_CODE, STYLE_QUOTE, docxBody } from './docx-body.ts';
import type { ExportDocument, RenderedExport } from './model.ts';
import { coverFacts, documentTitle, planTables, sectionTags } from './plan-parts.ts';
import type { PlanTable } from './plan-parts.ts';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const LANGUAGE = 'en-US';
const FONT = 'Calibri';
/** Half-points. */
const BODY_SIZE = 22;
const TABLE_SIZE = 18;
/** The app's primary and muted ink: dark enough for 4.5:1 on white. */
const PRIMARY = '0D5C63';
const MUTED = '4F5B67';
const HEADER_FILL = 'E3F0F0';
/** US Letter in twips: the paper a US school board's packet is printed on. */
const LETTER = { width: 12240, height: 15840 };

const STYLE_TOC_HEADING = 'TOCHeading';
const STYLE_MUTED = 'Muted';

const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: STYLE_QUOTE,
    name: 'Quote',
    basedOn: 'Normal',
    quickFormat: true,
    run: { italics: true, color: MUTED },
    paragraph: { indent: { left: 720, right: 720 }, border: { left: { style: 'single', size: 12, color: 'C9C5BB', space: 8 } } },
  },
  { id: STYLE_CODE, name: 'Code Block', basedOn: 'Normal', run: { font: CODE_FONT, size: 20 }, paragraph: { shading: { type: ShadingType.CLEAR, fill: 'F7F6F2', color: 'auto' } } },
  { id: STYLE_TOC_HEADING, name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 32, color: PRIMARY }, paragraph: { spacing: { after: 200 } } },
  { id: STYLE_MUTED, name: 'Section Tags', basedOn: 'Normal', next: 'Normal', run: { color: MUTED, size: 20 } },
];

const headingRun = { font: FONT, color: PRIMARY, bold: true } as const;

function styles() {
  return {
    default: {
      document: { run: { font: FONT, size: BODY_SIZE, language: { value: LANGUAGE } }, paragraph: { spacing: { after: 120, line: 276 } } },
      title: { run: { ...headingRun, size: 52 }, paragraph: { spacing: { after: 240 } } },
      heading1: { run: { ...headingRun, size: 36 }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
      heading2: { run: { ...headingRun, size: 28 }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
      heading3: { run: { ...headingRun, size: 24 }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } },
      hyperlink: { run: { color: '1C3F7A', underline: {} } },
    },
    paragraphStyles,
  };
}

function cover(doc: ExportDocument): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    ...coverFacts(doc).map(
      ([label, value]) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
    ),
  ];
}

/**
 * The contents list is written with its entries and left for Word to number when the file opens
 * (Word asks to update it). docx can estimate the page numbers itself, but laying out the pages
 * takes seconds of CPU for a long plan, on the server every co-writer shares.
 */
function contents(): Array<Paragraph | TableOfContents> {
  return [
    new Paragraph({ style: STYLE_TOC_HEADING, pageBreakBefore: true, children: [new TextRun('Contents')] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}

function partHeading(text: string, newPage: boolean): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: newPage, children: [new TextRun(text)] });
}

function vision(doc: ExportDocument): Paragraph[] {
  if (doc.vision.length === 0) return [];
  return [partHeading('Vision', true), ...doc.vision.map((text) => new Paragraph({ children: [new TextRun(text)] }))];
}

function sections(doc: ExportDocument): Array<Paragraph | Table> {
  return doc.sections.flatMap((section, index) => [
    partHeading(section.title, index === 0 && doc.vision.length === 0),
    ...sectionTags(section).map((line) => new Paragraph({ style: STYLE_MUTED, children: [new TextRun(line)] })),
    ...docxBody(section.content),
  ]);
}

function tableCell(text: string, role: 'column' | 'row' | 'data'): TableCell {
  return new TableCell({
    children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold: role !== 'data' || undefined, size: TABLE_SIZE })] })],
    shading: role === 'column' ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
  });
}

function wordTable(table: PlanTable): Table {
  // Word has no row headers: the first cell of each row is bold so the row's name stands out.
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((column) => tableCell(column, 'column')) });
  const rows = table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, index) => tableCell(text, index === 0 ? 'row' : 'data')) }));
  return new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
}

function tablePart(table: PlanTable, index: number): Array<Paragraph | Table> {
  const intro = [partHeading(table.title, index > 0), new Paragraph({ style: STYLE_MUTED, children: [new TextRun(table.summary)] })];
  return table.rows.length === 0 ? [...intro, new Paragraph(table.empty)] : [...intro, wordTable(table)];
}

function pageHeader(doc: ExportDocument): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: doc.title, color: MUTED, size: 18 })] })] });
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], color: MUTED, size: 18 })],
      }),
    ],
  });
}

/** Cover, contents and sections upright; the wide tables on landscape pages. */
function documentSections(doc: ExportDocument): ISectionOptions[] {
  const chrome = () => ({ headers: { default: pageHeader(doc) }, footers: { default: pageFooter() } });
  return [
    { ...chrome(), properties: { page: { size: { ...LETTER, orientation: PageOrientation.PORTRAIT } } }, children: [...cover(doc), ...contents(), ...vision(doc), ...sections(doc)] },
    {
      ...chrome(),
      properties: { page: { size: { ...LETTER, orientation: PageOrientation.LANDSCAPE } } },
      children: planTables(doc).flatMap(tablePart),
    },
  ];
}

/** The plan as a Word document. */
export async function renderDocx(doc: ExportDocument): Promise<RenderedExport> {
  const file = new Document({
    title: documentTitle(doc),
    subject: `${doc.status} — ${doc.versionLabel}`,
    creator: `${doc.district} (Planwright)`,
    lastModifiedBy: 'Planwright',
    description: `Strategic technology plan of ${doc.district}, exported ${doc.exportedOn}.`,
    styles: styles(),
    numbering: { config: LIST_NUMBERING },
    sections: documentSections(doc),
  });
  return { contentType: DOCX_CONTENT_TYPE, extension: 'docx', body: await Packer.toBuffer(file) };
}
