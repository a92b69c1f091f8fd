import { definePolicies, isAdmin } from './policy-rules.js';

/**
 * Policies of areas that do not declare their own yet. An area that grows a policy file moves
 * its entries there and adds its map to `policies` in policy.ts.
 */
export const platformPolicies = definePolicies({
  // Importing a taxonomy version changes the shared language of every partnership.
  'taxonomy.import': (actor) => isAdmin(actor),
});
