/**
 * Stakeholder input rounds: section ratings, points and star ratings of points. A participant
 * joins a round with their first contribution and gets a pseudonym, unique in the round and
 * the same for all their contributions there. Only the queries for the caller's own things
 * take a user id; everything about other people comes back keyed by pseudonym, so no route
 * can hand out who is behind one by mistake.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Db } from './database.ts';

export interface InputRoundRow {
  id: string;
  plan_id: string;
  name: string;
  audience: string;
  /** The round's sections, in the facilitator's order. */
  sectionIds: string[];
  opener_name: string;
  opened_at: number;
  closed_at: number | null;
  participants: number;
}

export interface OpenInputRound {
  planId: string;
  name: string;
  audience: string;
  sectionIds: readonly string[];
  openedBy: string;
}

export interface OwnPointRow {
  id: string;
  section_id: string;
  pseudonym: string;
  body: string;
  created_at: number;
  mine: number;
  my_rating: number | null;
}

export interface ResultRows {
  sectionRatings: Array<{ sectionId: string; participant: string; rating: number }>;
  points: Array<{ id: string; sectionId: string; pseudonym: string; body: string; createdAt: number; usedAt: number | null; ratings: Array<{ participant: string; rating: number }> }>;
}

export type WriteOutcome = 'saved' | 'closed' | 'not-found';

const ADJECTIVES = ['Amber', 'Azure', 'Bold', 'Bright', 'Calm', 'Clever', 'Coral', 'Curious', 'Gentle', 'Golden', 'Hardy', 'Jade', 'Keen', 'Kind', 'Lively', 'Lucky', 'Merry', 'Mild', 'Nimble', 'Patient', 'Quiet', 'Rapid', 'Ruby', 'Silver', 'Steady', 'Sunny', 'Swift', 'Tidy', 'Topaz', 'Violet', 'Warm', 'Wise'];
const ANIMALS = ['Badger', 'Beaver', 'Bison', 'Crane', 'Dolphin', 'Eagle', 'Falcon', 'Fox', 'Gecko', 'Heron', 'Ibis', 'Jaguar', 'Koala', 'Lark', 'Lynx', 'Marten', 'Moose', 'Newt', 'Otter', 'Owl', 'Panda', 'Puffin', 'Quail', 'Raven', 'Robin', 'Salmon', 'Seal', 'Sparrow', 'Swan', 'Tortoise', 'Walrus', 'Wren'];
const NAME_COUNT = ADJECTIVES.length * ANIMALS.length;

function nameAt(index: number): string {
  return `${ADJECTIVES[Math.floor(index / ANIMALS.length)]} ${ANIMALS[index % ANIMALS.length]}`;
}

/**
 * A pseudonym nobody in `taken` has: an adjective-animal pair from a random place in the list
 * onwards, so it says nothing about when its holder joined; numbered once all pairs are used.
 */
export function pickPseudonym(taken: ReadonlySet<string>, random: (below: number) => number): string {
  const start = random(NAME_COUNT);
  for (let step = 0; step < NAME_COUNT; step += 1) {
    const name = nameAt((start + step) % NAME_COUNT);
    if (!taken.has(name)) return name;
  }
  for (let suffix = 2; ; suffix += 1) {
    const name = `${nameAt(start)} ${suffix}`;
    if (!taken.has(name)) return name;
  }
}

const ROUND_COLUMNS = `r.id, r.plan_id, r.name, r.audience, r.section_ids, u.name AS opener_name, r.opened_at, r.closed_at,
  (SELECT COUNT(*) FROM input_participants p WHERE p.round_id = r.id) AS participants`;

type StoredRound = Omit<InputRoundRow, 'sectionIds'> & { section_ids: string };

function toRound({ section_ids, ...row }: StoredRound): InputRoundRow {
  const parsed: unknown = JSON.parse(section_ids);
  return { ...row, sectionIds: Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === 'string') : [] };
}

export class InputRoundStore {
  private readonly q;

  constructor(
    private readonly db: Db,
    private readonly random: (below: number) => number = randomInt,
  ) {
    this.q = {
      rounds: db.prepare<[string], StoredRound>(`SELECT ${ROUND_COLUMNS} FROM input_rounds r JOIN users u ON u.id = r.opened_by WHERE r.plan_id = ? ORDER BY r.opened_at, r.rowid`),
      round: db.prepare<[string, string], StoredRound>(`SELECT ${ROUND_COLUMNS} FROM input_rounds r JOIN users u ON u.id = r.opened_by WHERE r.plan_id = ? AND r.id = ?`),
      insertRound: db.prepare<[string, string, string, string, string, string, number]>(
        'INSERT INTO input_rounds (id, plan_id, name, audience, section_ids, opened_by, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      close: db.prepare<[number, string, string]>('UPDATE input_rounds SET closed_at = ? WHERE plan_id = ? AND id = ? AND closed_at IS NULL'),
      isOpen: db.prepare<[string], { open: number }>('SELECT closed_at IS NULL AS open FROM input_rounds WHERE id = ?'),
      pseudonym: db.prepare<[string, string], { pseudonym: string }>('SELECT pseudonym FROM input_participants WHERE round_id = ? AND user_id = ?'),
      pseudonyms: db.prepare<[string], { pseudonym: string }>('SELECT pseudonym FROM input_participants WHERE round_id = ?'),
      join: db.prepare<[string, string, string]>('INSERT INTO input_participants (round_id, user_id, pseudonym) VALUES (?, ?, ?)'),
      rateSection: db.prepare<[string, string, string, number, number]>(
        `INSERT INTO input_section_ratings (round_id, user_id, section_id, rating, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (round_id, user_id, section_id) DO UPDATE SET rating = excluded.rating, updated_at = excluded.updated_at`,
      ),
      insertPoint: db.prepare<[string, string, string, string, string, number]>(
        'INSERT INTO input_points (id, round_id, section_id, user_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      pointAuthor: db.prepare<[string, string], { user_id: string }>('SELECT user_id FROM input_points WHERE id = ? AND round_id = ?'),
      ratePoint: db.prepare<[string, string, number]>(
        `INSERT INTO input_point_ratings (point_id, user_id, rating) VALUES (?, ?, ?)
         ON CONFLICT (point_id, user_id) DO UPDATE SET rating = excluded.rating`,
      ),
      mySectionRatings: db.prepare<[string, string], { section_id: string; rating: number }>(
        'SELECT section_id, rating FROM input_section_ratings WHERE round_id = ? AND user_id = ? ORDER BY section_id',
      ),
      pointsFor: db.prepare<[string, string, string], OwnPointRow>(
        `SELECT pt.id, pt.section_id, pa.pseudonym, pt.body, pt.created_at, pt.user_id = ? AS mine,
           (SELECT pr.rating FROM input_point_ratings pr WHERE pr.point_id = pt.id AND pr.user_id = ?) AS my_rating
         FROM input_points pt JOIN input_participants pa ON pa.round_id = pt.round_id AND pa.user_id = pt.user_id
         WHERE pt.round_id = ? ORDER BY pt.created_at, pt.id`,
      ),
      sectionRatings: db.prepare<[string], { section_id: string; participant: string; rating: number }>(
        `SELECT s.section_id, pa.pseudonym AS participant, s.rating FROM input_section_ratings s
         JOIN input_participants pa ON pa.round_id = s.round_id AND pa.user_id = s.user_id WHERE s.round_id = ? ORDER BY s.section_id, s.rating`,
      ),
      points: db.prepare<[string], { id: string; section_id: string; pseudonym: string; body: string; created_at: number; used_at: number | null }>(
        `SELECT pt.id, pt.section_id, pa.pseudonym, pt.body, pt.created_at, pt.used_at FROM input_points pt
         JOIN input_participants pa ON pa.round_id = pt.round_id AND pa.user_id = pt.user_id WHERE pt.round_id = ? ORDER BY pt.created_at, pt.id`,
      ),
      pointRatings: db.prepare<[string], { point_id: string; participant: string; rating: number }>(
        `SELECT pr.point_id, pa.pseudonym AS participant, pr.rating FROM input_point_ratings pr JOIN input_points pt ON pt.id = pr.point_id
         JOIN input_participants pa ON pa.round_id = pt.round_id AND pa.user_id = pr.user_id WHERE pt.round_id = ?`,
      ),
      markUsed: db.prepare<[number, string, string]>('UPDATE input_points SET used_at = COALESCE(used_at, ?) WHERE id = ? AND round_id = ?'),
      usedPoint: db.prepare<[string, string], { id: string; section_id: string; body: string; used_at: number }>(
        'SELECT id, section_id, body, used_at FROM input_points WHERE id = ? AND round_id = ? AND used_at IS NOT NULL',
      ),
    };
  }

  /** Every round of a plan, oldest first. */
  rounds(planId: string): InputRoundRow[] {
    return this.q.rounds.all(planId).map(toRound);
  }

  round(planId: string, roundId: string): InputRoundRow | undefined {
    const row = this.q.round.get(planId, roundId);
    return row && toRound(row);
  }

  open(input: OpenInputRound): InputRoundRow {
    const id = randomBytes(9).toString('base64url');
    this.q.insertRound.run(id, input.planId, input.name, input.audience, JSON.stringify(input.sectionIds), input.openedBy, Date.now());
    return this.round(input.planId, id)!;
  }

  /** Closes an open round; after this nothing in it changes but which points were used. */
  close(planId: string, roundId: string): 'closed' | 'already-closed' | 'not-found' {
    if (this.q.close.run(Date.now(), planId, roundId).changes > 0) return 'closed';
    return this.round(planId, roundId) ? 'already-closed' : 'not-found';
  }

  /** The caller's pseudonym in a round, if they have taken part. */
  pseudonymOf(roundId: string, userId: string): string | undefined {
    return this.q.pseudonym.get(roundId, userId)?.pseudonym;
  }

  /** Sets the caller's rating of a section (again, if they change their mind). */
  rateSection(roundId: string, userId: string, sectionId: string, rating: number): WriteOutcome {
    return this.whileOpen(roundId, userId, () => {
      this.q.rateSection.run(roundId, userId, sectionId, rating, Date.now());
      return 'saved';
    });
  }

  addPoint(roundId: string, userId: string, sectionId: string, body: string): WriteOutcome {
    return this.whileOpen(roundId, userId, () => {
      this.q.insertPoint.run(randomBytes(9).toString('base64url'), roundId, sectionId, userId, body, Date.now());
      return 'saved';
    });
  }

  /** Star-rates someone else's point; a participant's own point is theirs to write, not to rate. */
  ratePoint(roundId: string, pointId: string, userId: string, rating: number): WriteOutcome | 'own' {
    return this.whileOpen(roundId, userId, () => {
      const author = this.q.pointAuthor.get(pointId, roundId);
      if (!author) return 'not-found';
      if (author.user_id === userId) return 'own';
      this.q.ratePoint.run(pointId, userId, rating);
      return 'saved';
    });
  }

  /** The caller's own section ratings. */
  mySectionRatings(roundId: string, userId: string): Array<{ sectionId: string; rating: number }> {
    return this.q.mySectionRatings.all(roundId, userId).map((r) => ({ sectionId: r.section_id, rating: r.rating }));
  }

  /** Every point of a round by pseudonym, with whether it is the caller's and the caller's own stars. */
  pointsFor(roundId: string, userId: string): OwnPointRow[] {
    return this.q.pointsFor.all(userId, userId, roundId);
  }

  /** Everything the results are computed from, by pseudonym only. */
  resultRows(roundId: string): ResultRows {
    const ratingsOf = new Map<string, Array<{ participant: string; rating: number }>>();
    for (const r of this.q.pointRatings.all(roundId)) ratingsOf.set(r.point_id, [...(ratingsOf.get(r.point_id) ?? []), { participant: r.participant, rating: r.rating }]);
    return {
      sectionRatings: this.q.sectionRatings.all(roundId).map((r) => ({ sectionId: r.section_id, participant: r.participant, rating: r.rating })),
      points: this.q.points.all(roundId).map((p) => ({
        id: p.id,
        sectionId: p.section_id,
        pseudonym: p.pseudonym,
        body: p.body,
        createdAt: p.created_at,
        usedAt: p.used_at,
        ratings: ratingsOf.get(p.id) ?? [],
      })),
    };
  }

  /** Records that a point was quoted in the plan; the first time counts, again changes nothing. */
  markUsed(roundId: string, pointId: string): { id: string; sectionId: string; body: string; usedAt: number } | undefined {
    this.q.markUsed.run(Date.now(), pointId, roundId);
    const row = this.q.usedPoint.get(pointId, roundId);
    return row && { id: row.id, sectionId: row.section_id, body: row.body, usedAt: row.used_at };
  }

  /**
   * Runs a participant's write in one transaction with the check that the round is open, and
   * makes them a participant (with a pseudonym) when it is their first contribution that counts.
   */
  private whileOpen<T extends string>(roundId: string, userId: string, write: () => T): T | 'closed' | 'not-found' {
    return this.db.transaction((): T | 'closed' | 'not-found' => {
      const state = this.q.isOpen.get(roundId);
      if (!state) return 'not-found';
      if (!state.open) return 'closed';
      const outcome = write();
      if (outcome === 'saved' && !this.q.pseudonym.get(roundId, userId)) {
        const taken = new Set(this.q.pseudonyms.all(roundId).map((p) => p.pseudonym));
        this.q.join.run(roundId, userId, pickPseudonym(taken, this.random));
      }
      return outcome;
    })();
  }
}
