import { policyChecks, type Authorize, type Can } from '../accounts/policy.js';
import { anyActor, definePolicies, holdsRole } from '../accounts/policy-rules.js';

/** Labour-market figures are public statistics: everyone logged in reads; analysts load them. */
export const labourMarketPolicies = definePolicies({
  'labourMarket.read': anyActor,
  'labourMarket.import': (actor) => holdsRole(actor, 'admin', 'coordinator', 'analyst'),
});

const checks = policyChecks(labourMarketPolicies);
/** Whether the actor may perform one of this area's actions. */
export const can: Can<typeof labourMarketPolicies> = checks.can;
/** 401 for anonymous actors, 403 when this area's policy refuses. */
export const authorize: Authorize<typeof labourMarketPolicies> = checks.authorize;
