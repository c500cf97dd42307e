/**
 * Builds the board-ready document (model.ts) from a plan's Y.Doc: section bodies converted to
 * ProseMirror JSON with the editor's own schema, and the action plan, coverage matrix, measures
 * and Leader Standards appendix read with the same shared rules the app's views use. Renderers
 * only lay this out.
 *
 * A 60-page plan takes a while to convert, so the builder yields to the event loop between
 * sections (see slicer.ts).
 */
import { getSchema, type JSONContent } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { computeCoverage, resolveLens, tagConditionsInLens, type ConditionCoverage } from '../../shared/coverage.ts';
import { planContentExtensions } from '../../shared/editor-extensions.ts';
import type { Framework } from '../../shared/frameworks/types.ts';
import { ESSENTIAL_CONDITIONS_14 } from '../../shared/frameworks/essential-conditions.ts';
import { LEADER_INDICATOR_CODES, leaderIndicatorLabel, type LeaderIndicatorCode } from '../../shared/frameworks/leader-standards.ts';
import { countWords, getMeta, getSectionBody, readSections, sectionPlainText, type SectionInfo } from '../../shared/plan-doc.ts';
import { ACTION_STATUS_LABELS, readPlanStructure, type PlanStructure } from '../../shared/plan-structure.ts';
import type { ExportActionRow, ExportCoverageRow, ExportDocument, ExportMeasureRow, ExportSection, ExportStandardRow } from './model.ts';
import { TimeSlicer } from './slicer.ts';

/** What the builder is told about the plan from outside its document (the plan row, the request). */
export interface ExportFacts {
  title: string;
  /** The district workspace's name. */
  district: string;
  /** The status in words ("Draft", "In review", "Adopted", "Archived"). */
  status: string;
  exportedOn: string;
  versionLabel: string;
  revision: number;
  adoptedOn: string | null;
}

let cachedSchema: Schema | undefined;

/** The editor's schema, built once: the same extension list the browser editor uses. */
export function planSchema(): Schema {
  cachedSchema ??= getSchema([...planContentExtensions]);
  return cachedSchema;
}

/** A section body as ProseMirror JSON; nodes the schema does not know are dropped by the converter. */
export function sectionContent(doc: Y.Doc, sectionId: string): JSONContent {
  return yXmlFragmentToProseMirrorRootNode(getSectionBody(doc, sectionId), planSchema()).toJSON() as JSONContent;
}

/** The names of the lens's conditions a set of tags addresses, in the lens's order. */
function conditionNames(tags: readonly string[], lens: Framework): string[] {
  const ids = new Set(tags.flatMap((tag) => tagConditionsInLens(tag, lens)));
  return lens.conditions.filter((c) => ids.has(c.id)).map((c) => c.name);
}

const isIndicator = (code: string): code is LeaderIndicatorCode => (LEADER_INDICATOR_CODES as readonly string[]).includes(code);

/** "2b Strategic plan" for each known indicator code, in the standards' order. */
function standardNames(codes: readonly string[]): string[] {
  const known = new Set(codes.filter(isIndicator));
  return LEADER_INDICATOR_CODES.filter((code) => known.has(code)).map((code) => `${code} ${leaderIndicatorLabel(code)}`);
}

function exportSection(doc: Y.Doc, section: SectionInfo, lens: Framework): ExportSection {
  return {
    id: section.id,
    title: section.title,
    conditions: conditionNames(section.conditions, lens),
    standards: standardNames(section.standards),
    wordLimit: section.wordLimit ?? null,
    words: countWords(sectionPlainText(doc, section.id)),
    content: sectionContent(doc, section.id),
  };
}

function actionRows(structure: PlanStructure, lens: Framework): ExportActionRow[] {
  return structure.goals.flatMap((goal) =>
    goal.strategies.flatMap((strategy) =>
      strategy.actions.map((action) => ({
        goal: goal.title,
        strategy: strategy.title,
        action: action.title,
        owner: action.ownerName,
        start: action.start,
        due: action.due,
        status: ACTION_STATUS_LABELS[action.status],
        budget: action.budget,
        funding: action.funding,
        conditions: conditionNames(action.conditions, lens),
      })),
    ),
  );
}

const COVERAGE_WORDS: Readonly<Record<ConditionCoverage['status'], string>> = {
  covered: 'Action steps address it',
  'no-action': 'Addressed, but no action step yet',
  'not-addressed': 'Not addressed yet',
};

/** All 14 Essential Conditions, whatever lens the plan is read through, by the app's own coverage rules. */
function coverageRows(sections: readonly SectionInfo[], structure: PlanStructure): ExportCoverageRow[] {
  const coverage = computeCoverage({ sections, structure, frameworkId: ESSENTIAL_CONDITIONS_14.id });
  return coverage.conditions.map((entry) => ({
    condition: entry.condition.name,
    description: entry.condition.description,
    status: COVERAGE_WORDS[entry.status],
    covered: entry.status === 'covered',
    sections: entry.sections.map((s) => s.title),
    goals: entry.goals.map((g) => g.title),
    actions: entry.actions.map((a) => a.title),
    measures: entry.measures.map((m) => m.name),
  }));
}

function measureRows(structure: PlanStructure): ExportMeasureRow[] {
  return structure.goals.flatMap((goal) =>
    goal.measures.map((measure) => {
      // Actuals are read sorted by date, so the last one is the latest.
      const latest = measure.actuals[measure.actuals.length - 1];
      return {
        goal: goal.title,
        name: measure.name,
        unit: measure.unit,
        baseline: measure.baseline,
        target: measure.target,
        targetDate: measure.targetDate,
        latest: latest ? { date: latest.date, value: latest.value } : null,
        dataSource: measure.dataSource,
        direction: measure.direction,
      };
    }),
  );
}

/** Every indicator tagged anywhere in the plan, in the standards' order, with what carries it. */
function standardRows(sections: readonly SectionInfo[], structure: PlanStructure): ExportStandardRow[] {
  const actions = structure.goals.flatMap((goal) => goal.strategies.flatMap((strategy) => strategy.actions));
  return LEADER_INDICATOR_CODES.map((code) => ({
    code,
    label: leaderIndicatorLabel(code),
    sections: sections.filter((s) => s.standards.includes(code)).map((s) => s.title),
    goals: structure.goals.filter((g) => g.standards.includes(code)).map((g) => g.title),
    actions: actions.filter((a) => a.standards.includes(code)).map((a) => a.title),
  })).filter((row) => row.sections.length + row.goals.length + row.actions.length > 0);
}

/** The document every renderer lays out, built from a plan's Y.Doc and the facts around it. */
export async function buildExportDocument(doc: Y.Doc, facts: ExportFacts): Promise<ExportDocument> {
  const slicer = new TimeSlicer();
  const lens = resolveLens(getMeta(doc).get('frameworkId'));
  const sectionInfos = readSections(doc);
  const sections: ExportSection[] = [];
  for (const info of sectionInfos) {
    sections.push(exportSection(doc, info, lens));
    await slicer.breathe();
  }
  const structure = readPlanStructure(doc);
  await slicer.breathe();
  const built: ExportDocument = {
    ...facts,
    lensName: lens.name,
    vision: structure.vision.map((v) => v.text.trim()).filter((text) => text !== ''),
    sections,
    actionPlan: actionRows(structure, lens),
    coverage: coverageRows(sectionInfos, structure),
    measures: measureRows(structure),
    standards: standardRows(sectionInfos, structure),
  };
  await slicer.breathe();
  return built;
}
