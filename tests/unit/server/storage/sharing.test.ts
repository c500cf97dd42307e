import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AccountStore } from '../../../../server/storage/accounts.ts';
import { openDatabase } from '../../../../server/storage/database.ts';
import { PlanStore } from '../../../../server/storage/plans.ts';
import { SharingStore } from '../../../../server/storage/sharing.ts';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'planwright-sharing-'));
  const db = openDatabase({ file: join(dir, 'db.sqlite'), sync: 'normal' });
  onTestFinished(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const accounts = new AccountStore(db);
  for (const id of ['owner', 'ana', 'ben']) {
    accounts.createUserWithWorkspace({ id, email: `${id}@example.org`, name: id, passwordHash: 'x' }, { id: `ws-${id}`, name: `${id} district` });
  }
  new PlanStore(db).create({ id: 'plan', workspaceId: 'ws-owner', title: 'Plan', templateId: 't', createdBy: 'owner' }, () => undefined);
  return new SharingStore(db);
}

describe('invites', () => {
  it('are single use: of two people redeeming one link, only the first gets the role', () => {
    const sharing = setup();
    const { token } = sharing.createInvite({ planId: 'plan', role: 'editor', email: null, createdBy: 'owner', ttlMs: 60_000 });
    const invite = sharing.inviteByToken(token)!;
    expect(sharing.redeemInvite(invite, 'ana')).toBe(true);
    expect(sharing.redeemInvite(invite, 'ben')).toBe(false);
    expect(sharing.planRole('plan', 'ana')).toBe('editor');
    expect(sharing.planRole('plan', 'ben')).toBeUndefined();
  });

  it('never lower a role someone already has', () => {
    const sharing = setup();
    sharing.setPlanRole('plan', 'ana', 'editor', 'owner');
    const { token } = sharing.createInvite({ planId: 'plan', role: 'viewer', email: null, createdBy: 'owner', ttlMs: 60_000 });
    sharing.redeemInvite(sharing.inviteByToken(token)!, 'ana');
    expect(sharing.planRole('plan', 'ana')).toBe('editor');
  });

  it('are stored only as a hash of their token', () => {
    const sharing = setup();
    const { token, id } = sharing.createInvite({ planId: 'plan', role: 'viewer', email: 'x@example.org', createdBy: 'owner', ttlMs: 60_000 });
    expect(sharing.inviteByToken(token)?.id).toBe(id);
    expect(sharing.inviteByToken(`${token}x`)).toBeUndefined();
    expect(sharing.pendingInvites('plan').map((i) => i.id)).toEqual([id]);
    sharing.revokeInvite(id);
    expect(sharing.pendingInvites('plan')).toEqual([]);
  });
});

describe('section locks', () => {
  it('round-trip, and an empty list lifts the lock', () => {
    const sharing = setup();
    sharing.setSectionLock('plan', 'vision', ['ana', 'ana', 'ben']);
    expect(sharing.sectionLocks('plan')).toEqual(new Map([['vision', ['ana', 'ben']]]));
    sharing.setSectionLock('plan', 'vision', []);
    expect(sharing.sectionLocks('plan').size).toBe(0);
  });
});
