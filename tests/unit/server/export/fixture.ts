/**
 * A hand-built board document for the renderer tests: three sections whose bodies use every
 * node and mark the editor allows (nested bulleted and ordered lists, bold, italic, a link, a
 * blockquote, a table with a header row…), action steps with owners and dates, all 14
 * conditions, measures and standards.
 */
import type { JSONContent } from '@tiptap/core';
import { ESSENTIAL_CONDITIONS_14 } from '../../../../shared/frameworks/essential-conditions.ts';
import type { ExportDocument, ExportSection } from '../../../../server/export/model.ts';

const text = (value: string, marks: JSONContent['marks'] = []): JSONContent => ({ type: 'text', text: value, ...(marks.length > 0 ? { marks } : {}) });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const item = (...content: JSONContent[]): JSONContent => ({ type: 'listItem', content });
const heading = (level: 3 | 4, value: string): JSONContent => ({ type: 'heading', attrs: { level }, content: [text(value)] });

export const LINK_HREF = 'https://www.iste.org/standards/iste-standards-for-education-leaders';
export const ROLLOUT_HREF = 'https://example.org/roll-out';

const cell = (type: 'tableHeader' | 'tableCell', ...content: JSONContent[]): JSONContent => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null }, content });
const row = (...cells: JSONContent[]): JSONContent => ({ type: 'tableRow', content: cells });

/** The roll-out table: a header row, a bold run, a pipe, a cell of two paragraphs and a link. */
export const ROLLOUT_TABLE: JSONContent = {
  type: 'table',
  content: [
    row(...['School', 'Devices', 'Ready by'].map((name) => cell('tableHeader', paragraph(text(name))))),
    row(cell('tableCell', paragraph(text('Maple High'))), cell('tableCell', paragraph(text('1,200', [{ type: 'bold' }]))), cell('tableCell', paragraph(text('2027-09-01')))),
    row(
      cell('tableCell', paragraph(text('Cedar Middle | annex'))),
      cell('tableCell', paragraph(text('800')), paragraph(text('plus 40 hotspots'))),
      cell('tableCell', paragraph(text('Roll-out plan', [{ type: 'link', attrs: { href: ROLLOUT_HREF } }]))),
    ),
  ],
};

const visionBody: JSONContent = {
  type: 'doc',
  content: [
    heading(3, 'Why learning comes first'),
    paragraph(
      text('We want '),
      text('every student', [{ type: 'bold' }]),
      text(' to learn with technology '),
      text('every day', [{ type: 'italic' }]),
      text(', guided by the '),
      text('ISTE Standards', [{ type: 'link', attrs: { href: LINK_HREF } }]),
      text('.'),
    ),
    {
      type: 'bulletList',
      content: [
        item(paragraph(text('Personalised learning')), {
          type: 'bulletList',
          content: [item(paragraph(text('Small-group instruction'))), item(paragraph(text('Student voice and choice')))],
        }),
        item(paragraph(text('Equity of access'))),
      ],
    },
  ],
};

const learningBody: JSONContent = {
  type: 'doc',
  content: [
    paragraph(text('Teachers are equipped before students.')),
    heading(3, 'How we learn'),
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [
        item(paragraph(text('Leadership institute for every principal')), {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [item(paragraph(text('Three days each summer'))), item(paragraph(text('Follow-up coaching visits')))],
        }),
        item(paragraph(text('Standard-by-standard deep dives for teachers'))),
      ],
    },
    heading(4, 'What we heard'),
    { type: 'blockquote', content: [paragraph(text('We spent so much time on deployment and very little on everything else.'))] },
  ],
};

const accessBody: JSONContent = {
  type: 'doc',
  content: [
    paragraph(
      text('Devices go to high schools first', [{ type: 'underline' }]),
      text(', then elementary schools.'),
      { type: 'hardBreak' },
      text('The old roll-out plan', [{ type: 'strike' }]),
      text(' is retired; the help desk runs '),
      text('ticket-triage', [{ type: 'code' }]),
      text('.'),
    ),
    { type: 'horizontalRule' },
    { type: 'codeBlock', content: [text('devices: 1:1\nhotspots: on loan')] },
    ROLLOUT_TABLE,
  ],
};

function section(id: string, title: string, content: JSONContent, conditions: string[], standards: string[]): ExportSection {
  return { id, title, conditions, standards, wordLimit: null, words: 40, content };
}

export const SECTION_TITLES = ['Our learning vision', 'Professional learning', 'Equitable access'] as const;

export const CONDITION_NAMES: readonly string[] = ESSENTIAL_CONDITIONS_14.conditions.map((condition) => condition.name);

export function fixtureDocument(): ExportDocument {
  return {
    title: 'Learning First: Technology Plan 2027–2030',
    district: 'Maple Valley School District',
    status: 'In review',
    exportedOn: '2027-03-14',
    versionLabel: 'Draft for the March board meeting',
    revision: 2,
    adoptedOn: null,
    lensName: 'ISTE Essential Conditions (14)',
    vision: ['Every student learns with technology, every day, in every school.'],
    sections: [
      section('s-vision', SECTION_TITLES[0], visionBody, ['Shared Vision'], ['2a Shared vision']),
      section('s-learning', SECTION_TITLES[1], learningBody, ['Ongoing Professional Learning', 'Skilled Personnel'], ['2b Strategic plan']),
      section('s-access', SECTION_TITLES[2], accessBody, ['Equitable Access'], []),
    ],
    actionPlan: [
      {
        goal: 'Every teacher uses the standards',
        strategy: 'Leadership cohorts',
        action: 'Run the summer leadership institute',
        owner: 'Dana Ortiz',
        start: '2027-06-01',
        due: '2027-06-30',
        status: 'On track',
        budget: 12500,
        funding: 'Title IV-A',
        conditions: ['Empowered Leaders'],
      },
      {
        goal: 'Every student has a device',
        strategy: 'Phased roll-out',
        action: 'Deliver high-school devices | phase 1',
        owner: 'Sam Lee',
        start: '2027-08-01',
        due: '2027-09-15',
        status: 'At risk',
        budget: null,
        funding: '',
        conditions: ['Equitable Access', 'Technical Support'],
      },
    ],
    coverage: ESSENTIAL_CONDITIONS_14.conditions.map((condition, index) => ({
      condition: condition.name,
      description: condition.description,
      status: index < 3 ? 'Action steps address it' : 'Not addressed yet',
      covered: index < 3,
      sections: index === 0 ? [SECTION_TITLES[0]] : [],
      goals: [],
      actions: index === 1 ? ['Run the summer leadership institute'] : [],
      measures: [],
    })),
    measures: [
      {
        goal: 'Every teacher uses the standards',
        name: 'Teachers who completed a deep dive',
        unit: '%',
        baseline: 12,
        target: 85,
        targetDate: '2028-06-30',
        latest: { date: '2027-01-31', value: 30 },
        dataSource: 'Professional learning records',
        direction: 'higher',
      },
    ],
    standards: [
      { code: '2a', label: 'Shared vision', sections: [SECTION_TITLES[0]], goals: [], actions: [] },
      { code: '2b', label: 'Strategic plan', sections: [SECTION_TITLES[1]], goals: ['Every teacher uses the standards'], actions: [] },
    ],
  };
}
