/**
 * The board-ready document, independent of file format: built once from a plan's stored
 * state (or a named version) and handed to one renderer per format (pdf, docx, md, html).
 * Renderers only lay out what is here; every rule about what a plan says (coverage, gaps,
 * crosswalks) is decided before, in the builder, with the same shared rules the app uses.
 */
import type { JSONContent } from '@tiptap/core';

export const EXPORT_FORMATS = ['pdf', 'docx', 'md', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportSection {
  id: string;
  title: string;
  /** Condition names of the plan's lens the section is tagged with. */
  conditions: string[];
  /** Leader Standard indicators, e.g. "2b Strategic plan". */
  standards: string[];
  wordLimit: number | null;
  words: number;
  /** The section body as ProseMirror JSON in the editor's own schema (a `doc` node). */
  content: JSONContent;
}

/** One row of the action-plan table: an action step with its goal and strategy. */
export interface ExportActionRow {
  goal: string;
  strategy: string;
  action: string;
  owner: string;
  start: string;
  due: string;
  status: string;
  budget: number | null;
  funding: string;
  conditions: string[];
}

/** One condition of the Essential Conditions matrix and what in the plan addresses it. */
export interface ExportCoverageRow {
  condition: string;
  description: string;
  /** "Action steps address it", "Addressed, but no action step yet" or "Not addressed yet". */
  status: string;
  covered: boolean;
  sections: string[];
  goals: string[];
  actions: string[];
  measures: string[];
}

export interface ExportMeasureRow {
  goal: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  targetDate: string;
  latest: { date: string; value: number } | null;
  dataSource: string;
  direction: 'higher' | 'lower';
}

/** One Leader Standard indicator and the parts of the plan tagged with it (the appendix). */
export interface ExportStandardRow {
  code: string;
  label: string;
  sections: string[];
  goals: string[];
  actions: string[];
}

export interface ExportDocument {
  title: string;
  district: string;
  /** "Draft", "In review", "Adopted", "Archived". */
  status: string;
  /** The day the file was made, YYYY-MM-DD. */
  exportedOn: string;
  /** "Current plan" or the named version's label. */
  versionLabel: string;
  revision: number;
  adoptedOn: string | null;
  /** The lens the plan is read through, by name; the matrix always lists the 14 conditions. */
  lensName: string;
  vision: string[];
  sections: ExportSection[];
  actionPlan: ExportActionRow[];
  /** Always all 14 Essential Conditions, in their published order. */
  coverage: ExportCoverageRow[];
  measures: ExportMeasureRow[];
  standards: ExportStandardRow[];
}

/** What a renderer gives back: the bytes (or a stream of them) and how to serve them. */
export interface RenderedExport {
  contentType: string;
  extension: string;
  body: Buffer | NodeJS.ReadableStream;
}
