/**
 * Sign-in sessions. The cookie carries a random token; the table keeps only its SHA-256,
 * so a copy of the database does not let anyone sign in.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database.ts';

export class SessionStore {
  private readonly insert;
  private readonly lookup;
  private readonly remove;
  private readonly touch;
  private readonly purge;

  constructor(db: Db, private readonly ttlMs: number) {
    this.insert = db.prepare<[string, string, number, number]>(
      'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    );
    this.lookup = db.prepare<[string, number], { user_id: string; expires_at: number }>(
      'SELECT user_id, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?',
    );
    this.remove = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
    this.touch = db.prepare<[number, string]>('UPDATE sessions SET expires_at = ? WHERE token_hash = ?');
    this.purge = db.prepare<[number]>('DELETE FROM sessions WHERE expires_at <= ?');
  }

  /** Starts a session; returns the token for the cookie. */
  create(userId: string): string {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    this.insert.run(hashToken(token), userId, now, now + this.ttlMs);
    return token;
  }

  /** The user a live token belongs to; extends the session when it is past half its life. */
  userFor(token: string): string | undefined {
    const now = Date.now();
    const hash = hashToken(token);
    const row = this.lookup.get(hash, now);
    if (!row) return undefined;
    if (row.expires_at - now < this.ttlMs / 2) this.touch.run(now + this.ttlMs, hash);
    return row.user_id;
  }

  destroy(token: string): void {
    this.remove.run(hashToken(token));
  }

  purgeExpired(): number {
    return this.purge.run(Date.now()).changes;
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
