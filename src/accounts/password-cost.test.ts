import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, strongPasswordHashCost } from '../config/config.js';
import { createCliContext } from '../cli/cli-context.js';
import { testPasswordHashCost } from '../../test/support/password-cost.js';
import { hashPassword, usePasswordHashCost, verifyPassword } from './password.js';

/** The argon2id parameters a hash string carries, e.g. `m=65536,p=4,t=3`. */
const parametersOf = (hash: string) => hash.split('$')[3];

describe('the cost of password hashes', () => {
  afterEach(() => usePasswordHashCost(testPasswordHashCost));

  it('GIVEN no ARGON2_* variable THEN the configuration keeps the strong production cost', () => {
    expect(loadConfig({}).passwordHashCost).toEqual({
      memoryKib: 65_536,
      timeCost: 3,
      parallelism: 4,
    });
    expect(strongPasswordHashCost).toEqual(loadConfig({}).passwordHashCost);
  });

  it('GIVEN a production start (the CLI context) THEN new hashes are made at 64 MiB, 3 passes, 4 lanes', async () => {
    createCliContext({ LOG_LEVEL: 'silent' });
    const hash = await hashPassword('correct horse battery staple');
    expect(parametersOf(hash)).toBe('m=65536,p=4,t=3');
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
  });

  it('GIVEN the test suites THEN hashes are cheap, and still argon2id hashes that verify', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(parametersOf(hash)).toBe('m=64,p=1,t=1');
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'wrong')).toBe(false);
  });

  it('GIVEN ARGON2_* variables THEN they set the cost, and an impossible one is named', () => {
    const env = { ARGON2_MEMORY_KIB: '19456', ARGON2_TIME_COST: '2', ARGON2_PARALLELISM: '1' };
    expect(loadConfig(env).passwordHashCost).toEqual({
      memoryKib: 19_456,
      timeCost: 2,
      parallelism: 1,
    });
    for (const bad of [{ ARGON2_TIME_COST: '0' }, { ARGON2_MEMORY_KIB: '16' }]) {
      const error = (() => {
        try {
          loadConfig(bad);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems[0]?.variable).toBe(Object.keys(bad)[0]);
    }
  });
});
