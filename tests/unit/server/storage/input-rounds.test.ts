import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AccountStore } from '../../../../server/storage/accounts.ts';
import { openDatabase } from '../../../../server/storage/database.ts';
import { InputRoundStore, pickPseudonym } from '../../../../server/storage/input-rounds.ts';
import { PlanStore } from '../../../../server/storage/plans.ts';

const PEOPLE = ['owner', 'ana', 'ben', 'cho'];

/** A store on a fresh SQLite file with a few people and two plans; `random` picks pseudonyms. */
function setup(random?: (below: number) => number): InputRoundStore {
  const dir = mkdtempSync(join(tmpdir(), 'planwright-input-'));
  const db = openDatabase({ file: join(dir, 'db.sqlite'), sync: 'normal' });
  onTestFinished(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const accounts = new AccountStore(db);
  for (const id of PEOPLE) accounts.createUserWithWorkspace({ id, email: `${id}@example.org`, name: `Name of ${id}`, passwordHash: 'x' }, { id: `ws-${id}`, name: `${id} district` });
  const plans = new PlanStore(db);
  for (const id of ['plan', 'other-plan']) plans.create({ id, workspaceId: 'ws-owner', title: 'Plan', templateId: 't', createdBy: 'owner' }, () => undefined);
  return new InputRoundStore(db, random);
}

const ROUND = { planId: 'plan', name: 'Spring 2027', audience: 'Parents', sectionIds: ['vision', 'budget'], openedBy: 'owner' };

describe('input rounds', () => {
  it('keep their sections in the chosen order and count participants, not contributions', () => {
    const store = setup();
    const round = store.open(ROUND);
    expect(round).toMatchObject({ name: 'Spring 2027', audience: 'Parents', sectionIds: ['vision', 'budget'], opener_name: 'Name of owner', closed_at: null, participants: 0 });
    store.rateSection(round.id, 'ana', 'vision', 4);
    store.rateSection(round.id, 'ana', 'budget', 2);
    store.addPoint(round.id, 'ben', 'vision', 'More coaching');
    expect(store.round('plan', round.id)?.participants).toBe(2);
    expect(store.round('other-plan', round.id)).toBeUndefined();
  });

  it('take no contribution once closed, and close only once', () => {
    const store = setup();
    const round = store.open(ROUND);
    store.addPoint(round.id, 'ana', 'vision', 'Before closing');
    const [pointId] = store.pointsFor(round.id, 'ana').map((p) => p.id);
    expect(store.close('other-plan', round.id)).toBe('not-found');
    expect(store.close('plan', round.id)).toBe('closed');
    expect(store.close('plan', round.id)).toBe('already-closed');
    expect(store.rateSection(round.id, 'ben', 'vision', 3)).toBe('closed');
    expect(store.addPoint(round.id, 'ben', 'vision', 'Too late')).toBe('closed');
    expect(store.ratePoint(round.id, pointId!, 'ben', 5)).toBe('closed');
    expect(store.resultRows(round.id)).toEqual({ sectionRatings: [], points: [expect.objectContaining({ body: 'Before closing', ratings: [] })] });
  });
});

describe('pseudonyms', () => {
  it('stay the same for one participant throughout a round', () => {
    const store = setup();
    const round = store.open(ROUND);
    expect(store.pseudonymOf(round.id, 'ana')).toBeUndefined();
    store.rateSection(round.id, 'ana', 'vision', 3);
    const first = store.pseudonymOf(round.id, 'ana');
    expect(first).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    store.addPoint(round.id, 'ana', 'budget', 'Fund device refresh');
    store.addPoint(round.id, 'ana', 'vision', 'Say what learning is for');
    store.rateSection(round.id, 'ana', 'vision', 5);
    expect(store.pseudonymOf(round.id, 'ana')).toBe(first);
    expect(new Set(store.pointsFor(round.id, 'ben').map((p) => p.pseudonym))).toEqual(new Set([first]));
  });

  it('are unique within a round even when the random pick always lands on the same name', () => {
    const store = setup(() => 0);
    const round = store.open(ROUND);
    for (const person of PEOPLE) store.rateSection(round.id, person, 'vision', 3);
    const names = PEOPLE.map((person) => store.pseudonymOf(round.id, person));
    expect(new Set(names).size).toBe(PEOPLE.length);
    // Another round starts afresh: the same pick gives the same first name there.
    const next = store.open({ ...ROUND, name: 'Autumn 2027' });
    store.rateSection(next.id, 'cho', 'vision', 3);
    expect(store.pseudonymOf(next.id, 'cho')).toBe(names[0]);
  });

  it('are numbered once every adjective-animal pair is taken', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 32 * 32; i += 1) taken.add(pickPseudonym(taken, () => 0));
    expect(taken.size).toBe(1024);
    const extra = pickPseudonym(taken, () => 5);
    expect(taken.has(extra)).toBe(false);
    expect(extra).toMatch(/ 2$/);
  });

  it('are not handed out for a contribution that did not count', () => {
    const store = setup();
    const round = store.open(ROUND);
    store.addPoint(round.id, 'ana', 'vision', 'Ana’s point');
    const [pointId] = store.pointsFor(round.id, 'ana').map((p) => p.id);
    expect(store.ratePoint(round.id, 'no-such-point', 'ben', 4)).toBe('not-found');
    expect(store.pseudonymOf(round.id, 'ben')).toBeUndefined();
    expect(store.ratePoint(round.id, pointId!, 'ana', 5)).toBe('own');
    expect(store.round('plan', round.id)?.participants).toBe(1);
  });
});

describe('what the store hands out', () => {
  it('says which point is the caller’s and what they rated it, and nothing of who else wrote or rated', () => {
    const store = setup();
    const round = store.open(ROUND);
    store.addPoint(round.id, 'ana', 'vision', 'Ana’s point');
    store.addPoint(round.id, 'ben', 'vision', 'Ben’s point');
    const anas = store.pointsFor(round.id, 'cho').find((p) => p.body === 'Ana’s point');
    const bens = store.pointsFor(round.id, 'cho').find((p) => p.body === 'Ben’s point');
    expect(store.ratePoint(round.id, anas!.id, 'ben', 4)).toBe('saved');
    expect(store.ratePoint(round.id, anas!.id, 'ben', 2)).toBe('saved');
    expect(store.ratePoint(round.id, anas!.id, 'cho', 5)).toBe('saved');

    const seenByBen = store.pointsFor(round.id, 'ben');
    expect(seenByBen.map((p) => [p.body, p.mine, p.my_rating]).sort()).toEqual([['Ana’s point', 0, 2], ['Ben’s point', 1, null]]);
    expect(bens?.pseudonym).toBe(store.pseudonymOf(round.id, 'ben'));

    const rows = store.resultRows(round.id);
    expect(rows.points.find((p) => p.id === anas!.id)?.ratings.map((r) => r.rating).sort()).toEqual([2, 5]);
    expect(JSON.stringify([rows, seenByBen])).not.toMatch(/"(ana|ben|cho|owner)"|Name of|example\.org|user_id/);
  });

  it('marks a point used once and keeps the first time', () => {
    const store = setup();
    const round = store.open(ROUND);
    store.addPoint(round.id, 'ana', 'budget', 'Fund device refresh');
    const [point] = store.pointsFor(round.id, 'ana');
    const other = store.open({ ...ROUND, name: 'Other round' });
    expect(store.markUsed(other.id, point!.id)).toBeUndefined();
    const used = store.markUsed(round.id, point!.id);
    expect(used).toMatchObject({ id: point!.id, sectionId: 'budget', body: 'Fund device refresh' });
    expect(store.markUsed(round.id, point!.id)?.usedAt).toBe(used?.usedAt);
    expect(store.resultRows(round.id).points[0]?.usedAt).toBe(used?.usedAt);
  });
});
