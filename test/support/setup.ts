// Runs in every test file's process before its tests (vitest `setupFiles`).
import { usePasswordHashCost } from '../../src/accounts/password.js';
import { testPasswordHashCost } from './password-cost.js';

usePasswordHashCost(testPasswordHashCost);
