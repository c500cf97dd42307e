/**
 * The layout of a plan's Y.Doc — the one place it is written down. Client, server and
 * exporters reach the document only through these accessors.
 *
 * Layout, SCHEMA_VERSION 2 (version 1 had no `vision`, `goals` or `swot`; those read as empty,
 * so a version-1 document needs no migration):
 *
 *   doc.getMap('meta')                plan-level facts
 *     schemaVersion: number           the layout version the document was written with
 *     title: string                   mirrors the plan's title at creation
 *     templateId: string              the template the plan started from
 *     frameworkId: string             the lens coverage is read through (`iste-ec-14`); only
 *                                     owners and facilitators may change `meta`
 *
 *   doc.getArray('sections')          ordered sections; each entry is a Y.Map
 *     id: string                      stable id, unique in the plan (`vision`, `goals`…)
 *     title: string
 *     guidance: string                what the section is for, shown to writers
 *     conditions: string[]            condition tags, `framework@version:condition`
 *     standards: string[]             Leader Standard indicator codes (`2a`…)
 *     wordLimit?: number              a limit the template sets (a 100-word mission…)
 *
 *   doc.getXmlFragment('body:<id>')   the rich text of section <id>, a ProseMirror tree
 *                                     written by the Tiptap Collaboration extension
 *
 *   doc.getArray('vision')            vision elements goals link to  } layout in
 *   doc.getArray('goals')             goals → strategies → actions,  } plan-structure.ts
 *                                     and measures                   }
 *
 *   doc.getArray('swot')              SWOT grid and TOWS strategy items, each carrying its
 *                                     condition tag (layout in swot.ts)
 *
 *   doc.getMap('comments')            comment threads, keyed by thread id; the only part of
 *                                     the document a commenter may change
 *
 * Self-assessment ratings are deliberately NOT in the document: every member can read the
 * whole document, and a rating stays private to its rater until the round closes. They
 * live on the server (see server/storage/assessments.ts).
 *
 * Section bodies are top-level fragments (not nested in the section map) so that
 * reordering sections moves only the small map, and a body can be bound to an editor or
 * exported by name alone.
 */
import * as Y from 'yjs';
import { seedStructure, type GoalInit } from './plan-structure.ts';

export const SCHEMA_VERSION = 2;

export const META_KEY = 'meta';
export const SECTIONS_KEY = 'sections';
export const COMMENTS_KEY = 'comments';
export const SWOT_KEY = 'swot';
export const BODY_PREFIX = 'body:';

/** The section id of a body fragment's name, or undefined for any other top-level name. */
export function sectionIdOfBody(rootName: string): string | undefined {
  return rootName.startsWith(BODY_PREFIX) ? rootName.slice(BODY_PREFIX.length) : undefined;
}

export interface SectionInfo {
  id: string;
  title: string;
  guidance: string;
  conditions: string[];
  standards: string[];
  wordLimit?: number;
}

export interface PlanSeed {
  title: string;
  templateId: string;
  frameworkId: string;
  sections: ReadonlyArray<SectionInfo & { starterParagraphs?: readonly string[] }>;
  /** Vision elements, in order; goals link to one by position. */
  vision?: readonly string[];
  /** Example goals, with their strategies, actions and measures. */
  goals?: ReadonlyArray<Omit<GoalInit, 'visionId'> & { visionIndex?: number }>;
}

/** The plan-level map. */
export function getMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(META_KEY);
}

/** The ordered array of section maps. */
export function getSectionsArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>(SECTIONS_KEY);
}

/** The name of the top-level fragment that holds a section's body. */
export function sectionBodyName(sectionId: string): string {
  return `${BODY_PREFIX}${sectionId}`;
}

/** The rich-text body of a section (created empty if it does not exist yet). */
export function getSectionBody(doc: Y.Doc, sectionId: string): Y.XmlFragment {
  return doc.getXmlFragment(sectionBodyName(sectionId));
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Reads one section map into plain data, tolerating missing or mistyped fields. */
export function readSection(map: Y.Map<unknown>): SectionInfo | undefined {
  const id = map.get('id');
  if (typeof id !== 'string' || id === '') return undefined;
  const title = map.get('title');
  const guidance = map.get('guidance');
  const wordLimit = map.get('wordLimit');
  return {
    id,
    title: typeof title === 'string' ? title : id,
    guidance: typeof guidance === 'string' ? guidance : '',
    conditions: stringList(map.get('conditions')),
    standards: stringList(map.get('standards')),
    ...(typeof wordLimit === 'number' ? { wordLimit } : {}),
  };
}

/** Every readable section, in order. */
export function readSections(doc: Y.Doc): SectionInfo[] {
  return getSectionsArray(doc)
    .toArray()
    .map(readSection)
    .filter((s): s is SectionInfo => s !== undefined);
}

/** The layout version a document was written with (0 for an empty document). */
export function readSchemaVersion(doc: Y.Doc): number {
  const version = getMeta(doc).get('schemaVersion');
  return typeof version === 'number' ? version : 0;
}

/**
 * Fills an empty document from a seed, in one transaction: meta, sections and each
 * section's starter paragraphs.
 */
export function seedPlanDoc(doc: Y.Doc, seed: PlanSeed): void {
  doc.transact(() => {
    const meta = getMeta(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('title', seed.title);
    meta.set('templateId', seed.templateId);
    meta.set('frameworkId', seed.frameworkId);
    const sections = getSectionsArray(doc);
    for (const section of seed.sections) {
      const map = new Y.Map<unknown>();
      map.set('id', section.id);
      map.set('title', section.title);
      map.set('guidance', section.guidance);
      map.set('conditions', [...section.conditions]);
      map.set('standards', [...section.standards]);
      if (section.wordLimit !== undefined) map.set('wordLimit', section.wordLimit);
      sections.push([map]);
      const body = getSectionBody(doc, section.id);
      const paragraphs = section.starterParagraphs ?? [];
      body.insert(0, paragraphs.map((text) => paragraphElement(text)));
    }
    seedStructure(doc, seed.vision ?? [], seed.goals ?? []);
  });
}

function paragraphElement(text: string): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  return paragraph;
}

/** The plain text of a section body, blocks separated by newlines (for counts and search). */
export function sectionPlainText(doc: Y.Doc, sectionId: string): string {
  return blockTexts(getSectionBody(doc, sectionId)).join('\n');
}

function blockTexts(node: Y.XmlFragment | Y.XmlElement): string[] {
  const out: string[] = [];
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      const delta = child.toDelta() as Array<{ insert?: unknown }>;
      out.push(delta.map((op) => (typeof op.insert === 'string' ? op.insert : '')).join(''));
    } else if (child instanceof Y.XmlElement) {
      const inner = blockTexts(child);
      if (child.toArray().every((c) => c instanceof Y.XmlText)) out.push(inner.join(''));
      else out.push(...inner);
    }
  }
  return out;
}

/** Words in a text, counted the way a reader would. */
export function countWords(text: string): number {
  const words = text.trim().split(/\s+/u).filter((w) => w.length > 0);
  return words.length;
}
