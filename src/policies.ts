// The registry of every area's policies: part of the composition root, with src/http/app.ts and
// src/cli/main.ts. Areas never import it (npm run lint:deps): each checks its own policy map.
import { accountsPolicies } from './accounts/accounts.policy.js';
import { platformPolicies } from './accounts/platform.policy.js';
import { policyChecks } from './accounts/policy.js';
import { allocationPolicies } from './allocation/allocation.policy.js';
import { journeyStepsPolicies } from './journeys/journey-steps.policy.js';
import { extractionPolicies } from './extraction/extraction.policy.js';
import { journeysPolicies } from './journeys/journeys.policy.js';
import { labourMarketPolicies } from './labour-market/labour-market.policy.js';
import { matchingPolicies } from './matching/matching.policy.js';
import { partnershipsPolicies } from './partnerships/partnerships.policy.js';
import { passportPolicies } from './passport/passport.policy.js';
import { peoplePolicies } from './people/people.policy.js';
import { enrolmentPolicies } from './people/programmes/enrolment.policy.js';
import { protectionPolicies } from './protection/protection.policy.js';
import { fairRecruitmentPolicies } from './protection/fair-recruitment/fair-recruitment.policy.js';
import { recognitionPolicies } from './recognition/recognition.policy.js';

/** Every policy of the platform, `entity.action → rule(actor, resource)`. */
export const policies = {
  ...accountsPolicies,
  ...platformPolicies,
  ...recognitionPolicies,
  ...partnershipsPolicies,
  ...peoplePolicies,
  ...enrolmentPolicies,
  ...extractionPolicies,
  ...labourMarketPolicies,
  ...allocationPolicies,
  ...matchingPolicies,
  ...journeysPolicies,
  ...journeyStepsPolicies,
  ...protectionPolicies,
  ...fairRecruitmentPolicies,
  ...passportPolicies,
};

/** The name of an action some policy governs, e.g. `organisation.readMembers`. */
export type Action = keyof typeof policies;

/** Checks against every policy (the security suite's view). */
export const { can, authorize } = policyChecks(policies);
