/**
 * The ONE list of Tiptap extensions that defines what a section body may contain. The
 * browser editor adds its collaboration extensions on top of it; server-side export builds
 * its schema from it (`getSchema(planContentExtensions)`), so both sides agree on every
 * node and mark. No DOM, no React here.
 */
import type { AnyExtension } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { StarterKit } from '@tiptap/starter-kit';

/** Heading levels inside a section body: the page uses h1 for the plan and h2 per section. */
export const SECTION_HEADING_LEVELS = [3, 4] as const;

/**
 * What a table cell may hold: paragraphs only. The stock `block+` lets a table sit inside a
 * cell, and nested tables read badly aloud and have no faithful form in Markdown or on paper.
 */
const CELL_CONTENT = 'paragraph+';

/** Content extensions every plan section is written and rendered with. */
export const planContentExtensions: readonly AnyExtension[] = [
  StarterKit.configure({
    // The Collaboration extension brings its own Yjs-aware undo; the stock history would
    // undo other people's changes.
    undoRedo: false,
    // TrailingNode appends a paragraph in every client at once when a body ends in a list
    // or heading; with several writers that leaves a pile of empty paragraphs.
    trailingNode: false,
    heading: { levels: [...SECTION_HEADING_LEVELS] },
    // No custom `protocols`: linkify already knows http, https and mailto, and registering
    // them again warns once per editor. The extension's default check refuses javascript:.
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  }),
  // Column widths dragged by one writer would be noise for everyone else in a shared plan,
  // and exports lay columns out themselves.
  Table.configure({ resizable: false }),
  TableRow,
  // The header row's cells are TableHeader (<th>): the first row of an inserted table.
  TableHeader.extend({ content: CELL_CONTENT }),
  TableCell.extend({ content: CELL_CONTENT }),
];
