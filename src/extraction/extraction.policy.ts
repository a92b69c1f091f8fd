import { policyChecks, type Authorize, type Can } from '../accounts/policy.js';
import { anyActor, definePolicies } from '../accounts/policy-rules.js';

/** Skill and occupation extraction: any logged-in user may have a text read. */
export const extractionPolicies = definePolicies({
  'extraction.run': anyActor,
});

const checks = policyChecks(extractionPolicies);
/** Whether the actor may perform one of this area's actions. */
export const can: Can<typeof extractionPolicies> = checks.can;
/** 401 for anonymous actors, 403 when this area's policy refuses. */
export const authorize: Authorize<typeof extractionPolicies> = checks.authorize;
