import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Checkpointer } from '../../../../server/storage/checkpointer.ts';
import { openDatabase } from '../../../../server/storage/database.ts';
import { SqliteUpdateLog } from '../../../../server/storage/update-log.ts';
import type { Logger } from '../../../../server/logger.ts';

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

describe('the checkpoint worker', () => {
  it('folds the write-ahead log into the database file while the main connection never checkpoints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planwright-ckpt-'));
    const file = join(dir, 'db.sqlite');
    const db = openDatabase({ file, sync: 'normal' });
    const checkpointer = new Checkpointer(db, file, 20, quiet);
    onTestFinished(async () => {
      await checkpointer.stop();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);

    const before = statSync(file).size;
    const log = new SqliteUpdateLog(db);
    log.appendBatch(Array.from({ length: 500 }, () => ({ planId: 'p', data: new Uint8Array(1000).fill(1) })));
    const deadline = Date.now() + 5000;
    while (statSync(file).size <= before + 400_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(statSync(file).size).toBeGreaterThan(before + 400_000);
  });
});
