import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { openDatabase, type Db } from '../../../../server/storage/database.ts';
import { GroupCommitter } from '../../../../server/storage/group-commit.ts';
import { SqliteUpdateLog, type UpdateLog } from '../../../../server/storage/update-log.ts';

function tempDb(): { db: Db; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'planwright-unit-'));
  const file = join(dir, 'test.sqlite');
  const db = openDatabase({ file, sync: 'normal' });
  onTestFinished(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { db, file };
}

/** Rebuilds a doc the way a room does: snapshot + tail. */
function rebuild(log: UpdateLog, planId: string): Y.Doc {
  const history = log.load(planId);
  const doc = new Y.Doc();
  if (history.snapshot) Y.applyUpdate(doc, history.snapshot);
  for (const update of history.updates) Y.applyUpdate(doc, update);
  return doc;
}

function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return updates;
}

describe('the SQLite update log', () => {
  it('appends updates in order and loads them back', () => {
    const log = new SqliteUpdateLog(tempDb().db);
    const source = new Y.Doc();
    const updates = recordUpdates(source);
    for (const word of ['learning', ' first']) source.getText('t').insert(source.getText('t').length, word);
    const ids = log.appendBatch(updates.map((data) => ({ planId: 'p1', data })));
    expect(ids).toHaveLength(2);
    expect(ids[1]!).toBeGreaterThan(ids[0]!);
    const history = log.load('p1');
    expect(history.snapshot).toBeUndefined();
    expect(history.updates).toHaveLength(2);
    expect(history.lastId).toBe(ids[1]);
    expect(rebuild(log, 'p1').getText('t').toString()).toBe('learning first');
    expect(log.load('other').updates).toEqual([]);
  });

  it('loads snapshot plus the tail written after compaction', () => {
    const log = new SqliteUpdateLog(tempDb().db);
    const source = new Y.Doc();
    const updates = recordUpdates(source);
    for (let i = 0; i < 10; i += 1) source.getArray<number>('a').push([i]);
    const ids = log.appendBatch(updates.splice(0).map((data) => ({ planId: 'p', data })));
    log.compact('p', Y.encodeStateAsUpdate(source), ids[ids.length - 1]!);
    expect(log.load('p').updates).toEqual([]);

    source.getArray<number>('a').push([10]);
    log.appendBatch(updates.map((data) => ({ planId: 'p', data })));
    const history = log.load('p');
    expect(history.snapshot).toBeDefined();
    expect(history.updates).toHaveLength(1);
    expect(rebuild(log, 'p').getArray('a').toArray()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('keeps updates newer than the compaction point', () => {
    const log = new SqliteUpdateLog(tempDb().db);
    const a = new Y.Doc();
    const updates = recordUpdates(a);
    a.getText('t').insert(0, 'one');
    const [first] = log.appendBatch([{ planId: 'p', data: updates[0]! }]);
    const snapshot = Y.encodeStateAsUpdate(a);
    a.getText('t').insert(3, ' two');
    log.appendBatch([{ planId: 'p', data: updates[1]! }]);
    log.compact('p', snapshot, first!);
    expect(rebuild(log, 'p').getText('t').toString()).toBe('one two');
  });

  it('survives reopening the file', () => {
    const { db, file } = tempDb();
    const log = new SqliteUpdateLog(db);
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'kept');
    log.appendBatch([{ planId: 'p', data: Y.encodeStateAsUpdate(doc) }]);
    const reopened = openDatabase({ file, sync: 'normal' });
    onTestFinished(() => {
      reopened.close();
    });
    expect(rebuild(new SqliteUpdateLog(reopened), 'p').getText('t').toString()).toBe('kept');
  });
});

describe('group commit', () => {
  it('writes updates queued in one turn in one transaction', async () => {
    const log = new SqliteUpdateLog(tempDb().db);
    const batches: number[] = [];
    const counting: UpdateLog = {
      load: (id) => log.load(id),
      compact: (...args) => log.compact(...args),
      exists: (id) => log.exists(id),
      appendBatch: (updates) => {
        batches.push(updates.length);
        return log.appendBatch(updates);
      },
    };
    const committer = new GroupCommitter(counting);
    const ids = await Promise.all(Array.from({ length: 25 }, (_, i) => committer.append(`p${i % 3}`, new Uint8Array([0, 0]))));
    expect(batches).toEqual([25]);
    expect(new Set(ids).size).toBe(25);
    await committer.append('p0', new Uint8Array([0, 0]));
    expect(batches).toEqual([25, 1]);
  });

  it('retries a failed write and rejects only after the last attempt', async () => {
    let failures = 2;
    const flaky: UpdateLog = {
      appendBatch: (updates) => {
        if (failures-- > 0) throw new Error('disk busy');
        return updates.map((_, i) => i + 1);
      },
      load: () => ({ snapshot: undefined, updates: [], lastId: 0 }),
      compact: () => undefined,
      exists: () => false,
    };
    const errors: number[] = [];
    const committer = new GroupCommitter(flaky, { retryDelayMs: 1, onError: (_e, attempt) => errors.push(attempt) });
    await expect(committer.append('p', new Uint8Array([0, 0]))).resolves.toBe(1);
    expect(errors).toEqual([1, 2]);

    const broken = new GroupCommitter({ ...flaky, appendBatch: () => { throw new Error('read-only disk'); } }, { maxAttempts: 3, retryDelayMs: 1 });
    await expect(broken.append('p', new Uint8Array([0, 0]))).rejects.toThrow('read-only disk');
  });

  it('flush waits for everything queued', async () => {
    const log = new SqliteUpdateLog(tempDb().db);
    const committer = new GroupCommitter(log, { holdMs: 20 });
    let stored = 0;
    for (let i = 0; i < 5; i += 1) void committer.append('p', new Uint8Array([0, 0])).then(() => (stored += 1));
    await committer.flush();
    expect(stored).toBe(5);
    expect(log.load('p').updates).toHaveLength(5);
  });
});
