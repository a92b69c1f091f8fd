import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, ROLES } from '../../src/accounts/roles.js';
import { CONSENT_PURPOSES } from '../../src/people/candidates/consent.js';
import * as onboarding from '../../web/src/onboarding/onboarding-api.js';
import { PARTY_ROLES, TRACKS } from '../../src/partnerships/vocabulary.js';
import * as partnershipForm from '../../web/src/partnerships/partnership-form-fields.js';
import { EXIT_REASONS, STAGES } from '../../src/journeys/stages.js';
import { EVIDENCE_INFO, EVIDENCE_KINDS } from '../../src/journeys/evidence-kinds.js';
import * as journeys from '../../web/src/journeys/journeys-api.js';

// The UI is a separate bundle that does not import server code, so it keeps its own copies of
// the server's vocabularies; these must stay the same lists in the same order.
describe('vocabularies the UI repeats from the server', () => {
  it('the onboarding pages offer exactly the server’s organisation kinds, roles and consent purposes', () => {
    expect([...onboarding.ORGANISATION_KINDS]).toEqual([...ORGANISATION_KINDS]);
    expect([...onboarding.ROLES]).toEqual([...ROLES]);
    expect([...onboarding.CONSENT_PURPOSES]).toEqual([...CONSENT_PURPOSES]);
  });

  it('the partnership form offers exactly the server’s party roles and tracks', () => {
    expect([...partnershipForm.PARTY_ROLES]).toEqual([...PARTY_ROLES]);
    expect([...partnershipForm.TRACKS]).toEqual([...TRACKS]);
  });

  it('the journey pages name exactly the server’s stages, exit reasons and evidence kinds', () => {
    expect([...journeys.STAGES]).toEqual([...STAGES]);
    expect([...journeys.EXIT_REASONS]).toEqual([...EXIT_REASONS]);
    expect([...journeys.EVIDENCE_KINDS]).toEqual([...EVIDENCE_KINDS]);
    expect([...journeys.DATE_EVIDENCE_KINDS].sort()).toEqual(
      EVIDENCE_KINDS.filter((k) => EVIDENCE_INFO[k].value === 'date').sort(),
    );
  });
});
