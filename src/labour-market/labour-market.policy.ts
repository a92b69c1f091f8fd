import { anyActor, definePolicies, holdsRole } from '../accounts/policy-rules.js';

/** Labour-market figures are public statistics: everyone logged in reads; analysts load them. */
export const labourMarketPolicies = definePolicies({
  'labourMarket.read': anyActor,
  'labourMarket.import': (actor) => holdsRole(actor, 'admin', 'coordinator', 'analyst'),
});
