/**
 * Self-assessment rounds and their ratings. A rating is private to its rater while its round
 * is open: the only query that returns other people's ratings, closedRatings, refuses an
 * open round in its own SQL, so no caller can leak them by mistake.
 */
import { randomBytes } from 'node:crypto';
import type { Rating } from '../../shared/assessment.ts';
import type { Db } from './database.ts';

export interface RoundRow {
  id: string;
  plan_id: string;
  name: string;
  framework_id: string;
  framework_version: string;
  opened_by: string;
  opener_name: string;
  opened_at: number;
  closed_at: number | null;
  /** People who have rated at least one condition. */
  raters: number;
}

export interface OpenRoundInput {
  planId: string;
  name: string;
  frameworkId: string;
  frameworkVersion: string;
  openedBy: string;
}

const ROUND_COLUMNS = `r.id, r.plan_id, r.name, r.framework_id, r.framework_version, r.opened_by, u.name AS opener_name,
  r.opened_at, r.closed_at, (SELECT COUNT(DISTINCT a.user_id) FROM assessment_ratings a WHERE a.round_id = r.id) AS raters`;

export class AssessmentStore {
  private readonly roundsOfPlan;
  private readonly roundById;
  private readonly openRoundOfPlan;
  private readonly insertRound;
  private readonly markClosed;
  private readonly roundOpen;
  private readonly deleteMine;
  private readonly insertRating;
  private readonly mine;
  private readonly ofClosedRound;

  constructor(private readonly db: Db) {
    this.roundsOfPlan = db.prepare<[string], RoundRow>(
      `SELECT ${ROUND_COLUMNS} FROM assessment_rounds r JOIN users u ON u.id = r.opened_by WHERE r.plan_id = ? ORDER BY r.opened_at, r.rowid`,
    );
    this.roundById = db.prepare<[string, string], RoundRow>(
      `SELECT ${ROUND_COLUMNS} FROM assessment_rounds r JOIN users u ON u.id = r.opened_by WHERE r.plan_id = ? AND r.id = ?`,
    );
    this.openRoundOfPlan = db.prepare<[string], { id: string }>('SELECT id FROM assessment_rounds WHERE plan_id = ? AND closed_at IS NULL');
    this.insertRound = db.prepare<[string, string, string, string, string, string, number]>(
      `INSERT INTO assessment_rounds (id, plan_id, name, framework_id, framework_version, opened_by, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.markClosed = db.prepare<[number, string, string]>('UPDATE assessment_rounds SET closed_at = ? WHERE plan_id = ? AND id = ? AND closed_at IS NULL');
    this.roundOpen = db.prepare<[string], { open: number }>('SELECT closed_at IS NULL AS open FROM assessment_rounds WHERE id = ?');
    this.deleteMine = db.prepare<[string, string]>('DELETE FROM assessment_ratings WHERE round_id = ? AND user_id = ?');
    this.insertRating = db.prepare<[string, string, string, number, string, number]>(
      `INSERT INTO assessment_ratings (round_id, user_id, condition_id, level, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.mine = db.prepare<[string, string], { condition_id: string; level: number; evidence: string }>(
      'SELECT condition_id, level, evidence FROM assessment_ratings WHERE round_id = ? AND user_id = ? ORDER BY condition_id',
    );
    // Ordered by condition and content, never by rater, so the order says nothing about who.
    this.ofClosedRound = db.prepare<[string], { condition_id: string; level: number; evidence: string }>(
      `SELECT a.condition_id, a.level, a.evidence FROM assessment_ratings a JOIN assessment_rounds r ON r.id = a.round_id
       WHERE a.round_id = ? AND r.closed_at IS NOT NULL ORDER BY a.condition_id, a.level, a.evidence`,
    );
  }

  /** Every round of a plan, oldest first. */
  rounds(planId: string): RoundRow[] {
    return this.roundsOfPlan.all(planId);
  }

  round(planId: string, roundId: string): RoundRow | undefined {
    return this.roundById.get(planId, roundId);
  }

  /** Opens a round, unless the plan already has an open one. */
  open(input: OpenRoundInput): RoundRow | 'already-open' {
    const id = randomBytes(9).toString('base64url');
    try {
      const opened = this.db.transaction((): boolean => {
        if (this.openRoundOfPlan.get(input.planId)) return false;
        this.insertRound.run(id, input.planId, input.name, input.frameworkId, input.frameworkVersion, input.openedBy, Date.now());
        return true;
      })();
      return opened ? this.round(input.planId, id)! : 'already-open';
    } catch (error) {
      // Another writer of the same file opened one in between: the one-open-round index says no.
      if (isUniqueViolation(error)) return 'already-open';
      throw error;
    }
  }

  /** Closes an open round; after this its ratings never change again. */
  close(planId: string, roundId: string): 'closed' | 'already-closed' | 'not-found' {
    if (this.markClosed.run(Date.now(), planId, roundId).changes > 0) return 'closed';
    return this.round(planId, roundId) ? 'already-closed' : 'not-found';
  }

  /**
   * Replaces one person's ratings in a round with `ratings`, atomically, only while the round
   * is open (checked inside the same transaction as the write).
   */
  replaceRatings(roundId: string, userId: string, ratings: readonly Rating[]): 'saved' | 'closed' | 'not-found' {
    return this.db.transaction((): 'saved' | 'closed' | 'not-found' => {
      const state = this.roundOpen.get(roundId);
      if (!state) return 'not-found';
      if (!state.open) return 'closed';
      this.deleteMine.run(roundId, userId);
      const now = Date.now();
      for (const rating of ratings) this.insertRating.run(roundId, userId, rating.conditionId, rating.level, rating.evidence, now);
      return 'saved';
    })();
  }

  /** One person's own ratings in a round. */
  myRatings(roundId: string, userId: string): Rating[] {
    return this.mine.all(roundId, userId).map(toRating);
  }

  /** Every rating of a closed round, without raters; empty for a round still open. */
  closedRatings(roundId: string): Rating[] {
    return this.ofClosedRound.all(roundId).map(toRating);
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function toRating(row: { condition_id: string; level: number; evidence: string }): Rating {
  return { conditionId: row.condition_id, level: row.level, evidence: row.evidence };
}
