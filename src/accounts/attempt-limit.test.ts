import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_LOGIN_RULE,
  blockDuration,
  blockedUntil,
  countAttempt,
  startsFirstBlock,
  type AttemptCount,
} from './attempt-limit.js';

const MINUTE = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 21, 9, 0) + minutes * MINUTE);

describe('account login limit', () => {
  it.each([
    [4, 0],
    [5, 1],
    [6, 2],
    [7, 4],
    [11, 60],
    [40, 60],
  ])('GIVEN %i failures THEN the block lasts %i minutes', (attempts, minutes) => {
    expect(blockDuration(attempts, ACCOUNT_LOGIN_RULE)).toBe(minutes * MINUTE);
  });

  it('GIVEN 5 failures WHEN asking within the block THEN refused until it ends, then allowed', () => {
    const count: AttemptCount = { attempts: 5, lastAttemptAt: at(0) };
    expect(blockedUntil(count, ACCOUNT_LOGIN_RULE, at(0.5))).toEqual(at(1));
    expect(blockedUntil(count, ACCOUNT_LOGIN_RULE, at(1))).toBeNull();
  });

  it('GIVEN a day without failures WHEN failing again THEN the count starts from one', () => {
    const count: AttemptCount = { attempts: 9, lastAttemptAt: at(0) };
    expect(countAttempt(count, ACCOUNT_LOGIN_RULE, at(24 * 60))).toEqual({
      attempts: 1,
      lastAttemptAt: at(24 * 60),
    });
    expect(countAttempt(count, ACCOUNT_LOGIN_RULE, at(60)).attempts).toBe(10);
  });

  it('GIVEN the failures pile up THEN only the fifth starts the first block (the owner is told once)', () => {
    const fifth = Array.from({ length: 7 }, (_, i) => i + 1).filter((attempts) =>
      startsFirstBlock({ attempts, lastAttemptAt: at(0) }, ACCOUNT_LOGIN_RULE),
    );
    expect(fifth).toEqual([5]);
  });
});
