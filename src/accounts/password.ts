import argon2 from 'argon2';
import { strongPasswordHashCost, type PasswordHashCost } from '../config/config.js';

let cost: PasswordHashCost = strongPasswordHashCost;

/**
 * Sets the cost of new hashes for this process, from the configuration (`ARGON2_*`); the test
 * suites set a cheap one. Existing hashes keep verifying: each carries its own parameters.
 */
export function usePasswordHashCost(next: PasswordHashCost): void {
  cost = next;
}

/** Hashes a password with argon2id (salt and parameters travel inside the hash string). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, {
    type: argon2.argon2id,
    memoryCost: cost.memoryKib,
    timeCost: cost.timeCost,
    parallelism: cost.parallelism,
  });
}

/** Whether the password matches the hash; a malformed hash never matches. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let decoy: { cost: PasswordHashCost; hash: Promise<string> } | undefined;

/**
 * Spends the time of one verification for an unknown email, so that response time does not
 * tell whether an account exists.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  // Made at the current cost, so that it takes as long as a real account's verification.
  if (decoy?.cost !== cost) decoy = { cost, hash: hashPassword('passerelle-decoy-password') };
  await verifyPassword(await decoy.hash, password);
  return false;
}
