/**
 * A short-lived, in-process memory of the sessions requests presented: the session row and its
 * user's account (memberships included) by token hash, so that a signed-in request does not read
 * three rows before any work of its own. Pure: the clock is given.
 *
 * Safety rules (docs/performance.md#session-cache):
 * - an entry lives at most `ttlMs` (and never past its session's expiry);
 * - every change in this process to what an entry holds (logout, sessions ended, password
 *   changed, profile, memberships, organisations, accounts disabled) forgets the entries it
 *   touches at once, through `forgetUser`/`forgetToken`/`forgetAll`;
 * - a read that raced with such a change is not kept: a read begun before the last invalidation
 *   (its generation is older), or made while a change may still be uncommitted (within `ttlMs`
 *   of an invalidation of that user, or of all) goes to the database again next time;
 * - another process's changes reach this one within `ttlMs` (the entry expires).
 */
export interface SessionCacheEntry<T> {
  userId: string;
  value: T;
}

interface Stored<T> extends SessionCacheEntry<T> {
  until: number;
}

export class SessionCache<T> {
  private readonly entries = new Map<string, Stored<T>>();
  /** Until when (clock time) reads of a user, or of everyone, are not kept. */
  private readonly quietUntil = new Map<string, number>();
  private allQuietUntil = Number.NEGATIVE_INFINITY;
  private generation = 0;

  constructor(
    private ttlMs: number,
    private readonly clock: () => number,
    private readonly maxEntries = 10_000,
  ) {}

  /** Changes how long entries live (0 turns the cache off) and starts empty (at start-up). */
  configure(ttlMs: number): void {
    this.ttlMs = ttlMs;
    this.generation++; // a read in flight is not kept
    this.entries.clear();
    this.quietUntil.clear();
    this.allQuietUntil = Number.NEGATIVE_INFINITY;
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** The generation to hand back to `put` with what a read returns. */
  begin(): number {
    return this.generation;
  }

  /** What is known of this token, if it is still fresh. */
  get(tokenHash: string): T | undefined {
    const found = this.entries.get(tokenHash);
    if (!found) return undefined;
    if (found.until <= this.clock()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return found.value;
  }

  /**
   * Keeps what a read begun at `generation` found, for at most `ttlMs` and never more than
   * `remainingMs` (what is left of the session's life), unless a change may have raced with it.
   */
  put(
    tokenHash: string,
    entry: SessionCacheEntry<T>,
    generation: number,
    remainingMs: number,
  ): void {
    if (!this.enabled || generation !== this.generation) return;
    const now = this.clock();
    if (
      now < this.allQuietUntil ||
      now < (this.quietUntil.get(`user:${entry.userId}`) ?? -Infinity) ||
      now < (this.quietUntil.get(`token:${tokenHash}`) ?? -Infinity)
    )
      return;
    if (this.entries.size >= this.maxEntries) this.evictExpired(now);
    if (this.entries.size >= this.maxEntries) return;
    this.entries.set(tokenHash, { ...entry, until: now + Math.min(this.ttlMs, remainingMs) });
  }

  /** Replaces the value kept for a token (e.g. after recording when it was last seen). */
  update(tokenHash: string, value: T): void {
    const found = this.entries.get(tokenHash);
    if (found) found.value = value;
  }

  /** Forgets one session (logout). */
  forgetToken(tokenHash: string): void {
    this.generation++;
    this.entries.delete(tokenHash);
    this.quiet(`token:${tokenHash}`);
  }

  /** Forgets every session of a user, and keeps none of theirs until a change has committed. */
  forgetUser(userId: string): void {
    this.generation++;
    for (const [token, entry] of this.entries)
      if (entry.userId === userId) this.entries.delete(token);
    this.quiet(`user:${userId}`);
  }

  /** Forgets everything (organisations changed, accounts disabled in bulk). */
  forgetAll(): void {
    this.generation++;
    this.entries.clear();
    this.quietUntil.clear();
    this.allQuietUntil = this.clock() + this.ttlMs;
  }

  get size(): number {
    return this.entries.size;
  }

  private quiet(key: string): void {
    // Past the bound, forgetting everything is the safe way to stay small.
    if (this.quietUntil.size >= this.maxEntries) return this.forgetAll();
    this.quietUntil.set(key, this.clock() + this.ttlMs);
  }

  private evictExpired(now: number): void {
    for (const [token, entry] of this.entries) if (entry.until <= now) this.entries.delete(token);
  }
}
