import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AccountStore } from '../../../../server/storage/accounts.ts';
import { AssessmentStore } from '../../../../server/storage/assessments.ts';
import { openDatabase, type Db } from '../../../../server/storage/database.ts';
import { PlanStore } from '../../../../server/storage/plans.ts';

function setup(): { store: AssessmentStore; db: Db; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'planwright-assessments-'));
  const file = join(dir, 'db.sqlite');
  const db = openDatabase({ file, sync: 'normal' });
  onTestFinished(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const accounts = new AccountStore(db);
  for (const id of ['owner', 'ana', 'ben']) {
    accounts.createUserWithWorkspace({ id, email: `${id}@example.org`, name: id, passwordHash: 'x' }, { id: `ws-${id}`, name: `${id} district` });
  }
  const plans = new PlanStore(db);
  for (const id of ['plan', 'other-plan']) plans.create({ id, workspaceId: 'ws-owner', title: 'Plan', templateId: 't', createdBy: 'owner' }, () => undefined);
  return { store: new AssessmentStore(db), db, file };
}

const round = { planId: 'plan', name: 'Autumn 2026', frameworkId: 'iste-ec-14', frameworkVersion: '1', openedBy: 'owner' };

function openRound(store: AssessmentStore, input = round) {
  const opened = store.open(input);
  if (opened === 'already-open') throw new Error('a round was already open');
  return opened;
}

describe('assessment rounds', () => {
  it('allow one open round per plan; another plan is not affected', () => {
    const { store } = setup();
    const first = openRound(store);
    expect(first).toMatchObject({ name: 'Autumn 2026', opener_name: 'owner', closed_at: null, raters: 0 });
    expect(store.open(round)).toBe('already-open');
    expect(store.open({ ...round, planId: 'other-plan' })).not.toBe('already-open');
    expect(store.close('plan', first.id)).toBe('closed');
    expect(store.open({ ...round, name: 'Spring 2027' })).not.toBe('already-open');
    expect(store.rounds('plan').map((r) => r.name)).toEqual(['Autumn 2026', 'Spring 2027']);
  });

  it('refuse a second open round even when written past the store', () => {
    const { store, db } = setup();
    openRound(store);
    expect(() =>
      db.prepare(`INSERT INTO assessment_rounds (id, plan_id, name, framework_id, framework_version, opened_by, opened_at) VALUES ('x', 'plan', 'n', 'f', '1', 'owner', 0)`).run(),
    ).toThrow(/UNIQUE/);
  });

  it('close once; closing again or closing another plan’s round says so', () => {
    const { store } = setup();
    const opened = openRound(store);
    expect(store.close('other-plan', opened.id)).toBe('not-found');
    expect(store.close('plan', opened.id)).toBe('closed');
    expect(store.close('plan', opened.id)).toBe('already-closed');
    expect(store.round('plan', opened.id)?.closed_at).toBeTypeOf('number');
  });
});

describe('ratings', () => {
  it('replace the rater’s own set and count raters, not ratings', () => {
    const { store } = setup();
    const { id } = openRound(store);
    expect(store.replaceRatings(id, 'ana', [{ conditionId: 'shared-vision', level: 2, evidence: 'first try' }, { conditionId: 'technical-support', level: 3, evidence: '' }])).toBe('saved');
    expect(store.replaceRatings(id, 'ana', [{ conditionId: 'shared-vision', level: 4, evidence: 'on reflection' }])).toBe('saved');
    store.replaceRatings(id, 'ben', [{ conditionId: 'shared-vision', level: 1, evidence: 'ben’s note' }]);
    expect(store.myRatings(id, 'ana')).toEqual([{ conditionId: 'shared-vision', level: 4, evidence: 'on reflection' }]);
    expect(store.round('plan', id)?.raters).toBe(2);
  });

  it('of an open round are never returned to anyone but their rater', () => {
    const { store } = setup();
    const { id } = openRound(store);
    store.replaceRatings(id, 'ana', [{ conditionId: 'shared-vision', level: 2, evidence: 'secret' }]);
    expect(store.closedRatings(id)).toEqual([]);
    expect(store.myRatings(id, 'ben')).toEqual([]);
  });

  it('of a closed round are returned without raters, and can no longer change', () => {
    const { store } = setup();
    const { id } = openRound(store);
    store.replaceRatings(id, 'ana', [{ conditionId: 'shared-vision', level: 4, evidence: 'b note' }]);
    store.replaceRatings(id, 'ben', [{ conditionId: 'shared-vision', level: 2, evidence: 'a note' }]);
    store.close('plan', id);
    expect(store.replaceRatings(id, 'ana', [])).toBe('closed');
    const all = store.closedRatings(id);
    expect(all).toEqual([
      { conditionId: 'shared-vision', level: 2, evidence: 'a note' },
      { conditionId: 'shared-vision', level: 4, evidence: 'b note' },
    ]);
    expect(JSON.stringify(all)).not.toMatch(/ana|ben/);
  });

  it('are refused for a round that does not exist', () => {
    const { store } = setup();
    expect(store.replaceRatings('missing', 'ana', [])).toBe('not-found');
  });

  it('survive reopening the database file', () => {
    const { store, file } = setup();
    const { id } = openRound(store);
    store.replaceRatings(id, 'ana', [{ conditionId: 'equitable-access', level: 3, evidence: 'hotspots' }]);
    const again = openDatabase({ file, sync: 'normal' });
    onTestFinished(() => {
      again.close();
    });
    expect(new AssessmentStore(again).myRatings(id, 'ana')).toEqual([{ conditionId: 'equitable-access', level: 3, evidence: 'hotspots' }]);
  });

  it('only accept levels 1 to 4, whatever the caller sends', () => {
    const { store } = setup();
    const { id } = openRound(store);
    expect(() => store.replaceRatings(id, 'ana', [{ conditionId: 'shared-vision', level: 5, evidence: '' }])).toThrow(/CHECK/);
    expect(store.myRatings(id, 'ana')).toEqual([]);
  });
});
