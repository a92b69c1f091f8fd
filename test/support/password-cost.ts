import type { PasswordHashCost } from '../../src/config/config.js';

/**
 * argon2id at its cheapest for the test suites (production keeps 64 MiB × 3 passes × 4 lanes,
 * which costs ~0.2 s of CPU per hash or login): the same code path, a thousandth of the work.
 */
export const testPasswordHashCost: PasswordHashCost = {
  memoryKib: 64,
  timeCost: 1,
  parallelism: 1,
};

/** The same cost as configuration, for servers and CLIs the tests start as child processes. */
export const testPasswordHashEnv = {
  ARGON2_MEMORY_KIB: String(testPasswordHashCost.memoryKib),
  ARGON2_TIME_COST: String(testPasswordHashCost.timeCost),
  ARGON2_PARALLELISM: String(testPasswordHashCost.parallelism),
};
