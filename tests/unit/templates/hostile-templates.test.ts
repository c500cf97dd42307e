import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { describeTemplateIssues, TemplateSchema } from '../../../shared/templates.ts';
import type { Logger } from '../../../server/logger.ts';
import { loadTemplates, TEMPLATES_DIR } from '../../../server/templates.ts';

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
const EC = 'iste-ec-14@1:';

/** A small template that passes; each case below breaks one thing in a copy of it. */
function valid(): Record<string, unknown> & { sections: Array<Record<string, unknown>>; vision: string[]; goals: Array<Record<string, unknown>> } {
  return {
    id: 'small',
    name: 'Small',
    summary: '',
    frameworkId: 'iste-ec-14',
    sections: [{ id: 'a', title: 'A', guidance: 'What to write.', conditions: [`${EC}shared-vision`], standards: ['2a'] }],
    vision: ['Students learn well.'],
    goals: [
      {
        title: 'A goal',
        visionIndex: 0,
        conditions: [`${EC}equitable-access`],
        standards: ['1b'],
        strategies: [{ title: 'A strategy', actions: [{ title: 'An action', status: 'on-track', funding: 'Grants', budget: 10 }] }],
        measures: [{ name: 'A measure', unit: '%', baseline: 1, target: 2, targetDate: '2028-06-30', dataSource: 'Survey', direction: 'higher' }],
      },
    ],
  };
}

type Broken = ReturnType<typeof valid>;
const goal0 = (t: Broken) => t.goals[0]!;
const measure0 = (t: Broken) => (goal0(t).measures as Array<Record<string, unknown>>)[0]!;
const action0 = (t: Broken) => (goal0(t).strategies as Array<{ actions: Array<Record<string, unknown>> }>)[0]!.actions[0]!;

/** Each case as JSON text, so keys like __proto__ reach the parser the way a file would bring them. */
const HOSTILE: Array<{ name: string; json: () => string; reason: RegExp }> = [
  { name: 'an unknown condition tag on a goal', json: () => JSON.stringify({ ...valid(), goals: [{ ...goal0(valid()), conditions: [`${EC}moon-base`] }] }), reason: /goals\.0\.conditions\.0: not a known condition tag/ },
  { name: 'an unknown condition tag on an action step', json: () => { const t = valid(); action0(t).conditions = ['iste-ec-14@9:shared-vision']; return JSON.stringify(t); }, reason: /actions\.0\.conditions\.0: not a known condition tag/ },
  { name: 'an unknown Leader Standard on a goal', json: () => { const t = valid(); goal0(t).standards = ['6a']; return JSON.stringify(t); }, reason: /goals\.0\.standards\.0: not a Leader Standard/ },
  { name: 'a vision index past the last vision element', json: () => { const t = valid(); goal0(t).visionIndex = 1; return JSON.stringify(t); }, reason: /goals\.0\.visionIndex: points at vision element 1, but there are 1/ },
  { name: 'a negative vision index', json: () => { const t = valid(); goal0(t).visionIndex = -1; return JSON.stringify(t); }, reason: /goals\.0\.visionIndex/ },
  { name: 'a vision index with goals but no vision', json: () => { const t: Record<string, unknown> = valid(); delete t.vision; return JSON.stringify(t); }, reason: /there are 0/ },
  { name: 'thousands of goals', json: () => { const t = valid(); t.goals = Array.from({ length: 200 }, () => goal0(valid())); return JSON.stringify(t); }, reason: /goals: Too big/i },
  { name: 'thousands of vision elements', json: () => JSON.stringify({ ...valid(), vision: Array.from({ length: 5000 }, (_, i) => `v${i}`) }), reason: /vision: Too big/i },
  { name: 'thousands of sections', json: () => JSON.stringify({ ...valid(), sections: Array.from({ length: 5000 }, (_, i) => ({ ...valid().sections[0], id: `s${i}` })) }), reason: /sections: Too big/i },
  { name: 'a huge action list', json: () => { const t = valid(); (goal0(t).strategies as Array<{ actions: unknown[] }>)[0]!.actions = Array.from({ length: 500 }, () => action0(valid())); return JSON.stringify(t); }, reason: /actions: Too big/i },
  { name: 'a huge vision element', json: () => JSON.stringify({ ...valid(), vision: ['x'.repeat(100_000)] }), reason: /vision\.0: Too big/i },
  { name: 'a baseline that is text', json: () => { const t = valid(); measure0(t).baseline = 'ten'; return JSON.stringify(t); }, reason: /measures\.0\.baseline: .*expected number/ },
  { name: 'a target that overflows to Infinity', json: () => JSON.stringify(valid()).replace('"target":2', '"target":1e999'), reason: /measures\.0\.target/ },
  { name: 'an impossible target date', json: () => { const t = valid(); measure0(t).targetDate = '2026-02-30'; return JSON.stringify(t); }, reason: /targetDate: use a real date written YYYY-MM-DD/ },
  { name: 'a date in another format', json: () => { const t = valid(); action0(t).due = '06/30/2028'; return JSON.stringify(t); }, reason: /due: use a real date/ },
  { name: 'an unknown action status', json: () => { const t = valid(); action0(t).status = 'finished-ish'; return JSON.stringify(t); }, reason: /status: Invalid option/ },
  { name: 'a negative budget', json: () => { const t = valid(); action0(t).budget = -5; return JSON.stringify(t); }, reason: /budget: Too small/ },
  { name: 'an unknown direction', json: () => { const t = valid(); measure0(t).direction = 'sideways'; return JSON.stringify(t); }, reason: /direction: Invalid option/ },
  { name: 'goals that are not a list', json: () => JSON.stringify({ ...valid(), goals: { 0: goal0(valid()) } }), reason: /goals: .*expected array/ },
  { name: 'an empty goal title', json: () => { const t = valid(); goal0(t).title = '   '; return JSON.stringify(t); }, reason: /goals\.0\.title: is required/ },
  { name: 'duplicate section ids', json: () => JSON.stringify({ ...valid(), sections: [valid().sections[0], valid().sections[0]] }), reason: /sections: section ids must be unique/ },
  { name: 'an unknown framework', json: () => JSON.stringify({ ...valid(), frameworkId: 'made-up' }), reason: /frameworkId: not a known framework id/ },
  { name: 'a __proto__ key at the top', json: () => JSON.stringify(valid()).replace('{', '{"__proto__":{"polluted":true},'), reason: /Unrecognized key: "__proto__"/ },
  { name: 'a __proto__ key inside a goal', json: () => JSON.stringify(valid()).replace('"title":"A goal"', '"__proto__":{"polluted":true},"title":"A goal"'), reason: /goals\.0: Unrecognized key: "__proto__"/ },
  { name: 'a constructor key inside a measure', json: () => JSON.stringify(valid()).replace('"name":"A measure"', '"constructor":{"prototype":{"polluted":true}},"name":"A measure"'), reason: /measures\.0: Unrecognized key: "constructor"/ },
  { name: 'a script smuggled in as an extra key', json: () => { const t = valid(); action0(t).onclick = '<script>'; return JSON.stringify(t); }, reason: /actions\.0: Unrecognized key: "onclick"/ },
];

function issuesOf(json: string): string {
  const result = TemplateSchema.safeParse(JSON.parse(json));
  return result.success ? '(accepted)' : describeTemplateIssues(result.error);
}

describe('hostile templates', () => {
  it('the small template the cases start from is valid', () => {
    expect(issuesOf(JSON.stringify(valid()))).toBe('(accepted)');
  });

  it.each(HOSTILE)('a template with $name is refused, saying where and why', ({ json, reason }) => {
    expect(issuesOf(json())).toMatch(reason);
  });

  it('parsing templates with prototype keys pollutes no object', () => {
    for (const hostile of HOSTILE) issuesOf(hostile.json());
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** Broken files, each with the reason the loader must give. */
const BAD_FILES: Array<{ name: string; content: string; reason: RegExp }> = [
  { name: 'not-json.json', content: '{ "id": ', reason: /not valid JSON/ },
  { name: 'wrong-shape.json', content: '[1, 2, 3]', reason: /\(root\)/ },
  { name: 'extra-key.json', content: JSON.stringify({ ...valid(), id: 'z', sections: [{ ...valid().sections[0], script: '<script>' }] }), reason: /script/ },
  { name: 'huge.json', content: `{"pad":"${'x'.repeat(1024 * 1024)}"}`, reason: /larger than/ },
  { name: 'zz-duplicate-id.json', content: readFileSync(join(TEMPLATES_DIR, 'district-technology-plan.json'), 'utf8'), reason: /duplicate template id "district-technology-plan"/ },
  ...HOSTILE.map((hostile, index) => ({ name: `hostile-${index}.json`, content: hostile.json().replace('"id":"small"', `"id":"hostile-${index}"`), reason: hostile.reason })),
];

describe('loading a templates folder', () => {
  it('skips every bad file with its name and reason, and keeps the good one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planwright-templates-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    for (const bad of BAD_FILES) writeFileSync(join(dir, bad.name), bad.content);
    writeFileSync(join(dir, 'good.json'), readFileSync(join(TEMPLATES_DIR, 'district-technology-plan.json')));
    const warnings: string[] = [];
    const catalog = loadTemplates(dir, { ...quiet, warn: (context) => warnings.push(JSON.stringify(context)) });
    expect([...catalog.templates.keys()]).toEqual(['district-technology-plan']);
    for (const bad of BAD_FILES) {
      const problem = catalog.problems.find((p) => p.file === bad.name);
      expect(problem?.reason, bad.name).toMatch(bad.reason);
    }
    expect(warnings).toHaveLength(BAD_FILES.length);
  });
});
