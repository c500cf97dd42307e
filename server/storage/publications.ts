/**
 * Public links to adopted plans. A link names one frozen version; publishing again revokes
 * the plan's live link and makes a new one in the same transaction, so a plan never has two
 * (the database enforces it too). Revoked rows stay, as the record of what was public when.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from './database.ts';

/** 256 random bits: far past guessing, whatever the rate limit. */
const TOKEN_BYTES = 32;

export interface PublicationRow {
  token: string;
  plan_id: string;
  version_id: string;
  adopted_on: string | null;
  revision: number;
  published_by: string;
  published_at: number;
}

const COLUMNS = 'token, plan_id, version_id, adopted_on, revision, published_by, published_at';

export class PublicationStore {
  private readonly insert;
  private readonly revokeLive;
  private readonly liveOfPlan;
  private readonly liveByToken;

  constructor(private readonly db: Db) {
    this.insert = db.prepare<[string, string, string, string | null, number, string, number]>(
      'INSERT INTO plan_publications (token, plan_id, version_id, adopted_on, revision, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.revokeLive = db.prepare<[number, string]>('UPDATE plan_publications SET revoked_at = ? WHERE plan_id = ? AND revoked_at IS NULL');
    this.liveOfPlan = db.prepare<[string], PublicationRow>(`SELECT ${COLUMNS} FROM plan_publications WHERE plan_id = ? AND revoked_at IS NULL`);
    this.liveByToken = db.prepare<[string], PublicationRow>(`SELECT ${COLUMNS} FROM plan_publications WHERE token = ? AND revoked_at IS NULL`);
  }

  /** Makes a new live link to `versionId`, revoking the plan's previous one; returns the new row. */
  publish(input: { planId: string; versionId: string; adoptedOn: string | null; revision: number; publishedBy: string }): PublicationRow {
    const row: PublicationRow = {
      token: randomBytes(TOKEN_BYTES).toString('base64url'),
      plan_id: input.planId,
      version_id: input.versionId,
      adopted_on: input.adoptedOn,
      revision: input.revision,
      published_by: input.publishedBy,
      published_at: Date.now(),
    };
    this.db.transaction(() => {
      this.revokeLive.run(row.published_at, row.plan_id);
      this.insert.run(row.token, row.plan_id, row.version_id, row.adopted_on, row.revision, row.published_by, row.published_at);
    })();
    return row;
  }

  /** The plan's live link, if it has one. */
  current(planId: string): PublicationRow | undefined {
    return this.liveOfPlan.get(planId);
  }

  /** Revokes the plan's live link; false when there was none. */
  revoke(planId: string): boolean {
    return this.revokeLive.run(Date.now(), planId).changes > 0;
  }

  /** The live link with this token; a revoked or unknown token finds nothing, alike. */
  findLive(token: string): PublicationRow | undefined {
    return this.liveByToken.get(token);
  }
}
