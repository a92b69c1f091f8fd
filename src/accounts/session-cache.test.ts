import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache.js';

const make = (ttlMs = 1000) => {
  const clock = { now: 0 };
  const cache = new SessionCache<string>(ttlMs, () => clock.now, 3);
  return { clock, cache };
};
const entry = (userId: string, value = `${userId}'s session`) => ({ userId, value });

describe('the in-process session memory', () => {
  it('GIVEN a read kept WHEN asked within the TTL THEN it answers, and not after', () => {
    const { clock, cache } = make();
    cache.put('t1', entry('u1'), cache.begin(), 60_000);
    clock.now = 999;
    expect(cache.get('t1')).toBe("u1's session");
    clock.now = 1000;
    expect(cache.get('t1')).toBeUndefined();
  });

  it('GIVEN a session with less life left than the TTL WHEN kept THEN it ends with the session', () => {
    const { clock, cache } = make();
    cache.put('t1', entry('u1'), cache.begin(), 100);
    clock.now = 100;
    expect(cache.get('t1')).toBeUndefined();
  });

  it('GIVEN a logout, a user change or a change for all WHEN asked at once THEN nothing is answered from memory', () => {
    const { cache } = make();
    cache.put('t1', entry('u1'), cache.begin(), 60_000);
    cache.put('t2', entry('u2'), cache.begin(), 60_000);
    cache.put('t3', entry('u3'), cache.begin(), 60_000);
    cache.forgetToken('t1');
    expect(cache.get('t1')).toBeUndefined();
    cache.forgetUser('u2');
    expect(cache.get('t2')).toBeUndefined();
    expect(cache.get('t3')).toBe("u3's session");
    cache.forgetAll();
    expect(cache.get('t3')).toBeUndefined();
  });

  it('GIVEN a read begun before a logout WHEN it returns after THEN it is not kept', () => {
    const { cache } = make();
    const generation = cache.begin();
    cache.forgetToken('t1'); // the logout happens while the read is in flight
    cache.put('t1', entry('u1'), generation, 60_000);
    expect(cache.get('t1')).toBeUndefined();
  });

  it('GIVEN a change not yet committed WHEN a read begun after it returns THEN it is not kept until the TTL has passed', () => {
    const { clock, cache } = make();
    cache.forgetUser('u1');
    cache.put('t1', entry('u1'), cache.begin(), 60_000); // may have read the old rows
    expect(cache.get('t1')).toBeUndefined();
    cache.put('t2', entry('u2'), cache.begin(), 60_000); // another user is not held back
    expect(cache.get('t2')).toBe("u2's session");
    cache.forgetToken('t3');
    cache.put('t3', entry('u3'), cache.begin(), 60_000);
    expect(cache.get('t3')).toBeUndefined();
    clock.now = 1000;
    cache.put('t1', entry('u1'), cache.begin(), 60_000);
    expect(cache.get('t1')).toBe("u1's session");
    cache.forgetAll();
    cache.put('t2', entry('u2'), cache.begin(), 60_000);
    expect(cache.get('t2')).toBeUndefined();
  });

  it('GIVEN the bound reached WHEN one more is kept THEN expired ones make room, else it is not kept', () => {
    const { clock, cache } = make();
    for (const t of ['a', 'b', 'c']) cache.put(t, entry(t), cache.begin(), 60_000);
    cache.put('d', entry('d'), cache.begin(), 60_000);
    expect(cache.size).toBe(3);
    expect(cache.get('d')).toBeUndefined();
    clock.now = 1000;
    cache.put('d', entry('d'), cache.begin(), 60_000);
    expect(cache.get('d')).toBe("d's session");
  });

  it('GIVEN a TTL of 0 WHEN a read is kept THEN nothing is remembered', () => {
    const { cache } = make();
    cache.configure(0);
    cache.put('t1', entry('u1'), cache.begin(), 60_000);
    expect(cache.get('t1')).toBeUndefined();
  });
});
