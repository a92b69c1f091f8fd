import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate.js';
import { agreementViolations } from './agreement.js';
import { actionViolations } from './action-plan.js';
import { generateDemoPartnerships } from './demo-partnerships.js';
import { partnershipViolations } from './partnership.js';

describe('demo partnerships', () => {
  const dataset = generateDemo({ seed: 7, scale: 'small' });
  const organisations = new Map(dataset.organisations.map((o) => [o.id, o]));
  const partnerships = generateDemoPartnerships(dataset.organisations, dataset.seed);

  it('GIVEN the same seed THEN the same partnerships, ids included', () => {
    expect(generateDemoPartnerships(dataset.organisations, dataset.seed)).toEqual(partnerships);
  });

  it.each(partnerships.map((p) => [p.draft.title, p] as const))(
    'GIVEN %s THEN it keeps every partnership, agreement and action rule',
    (_title, p) => {
      expect(partnershipViolations(p.draft, organisations)).toEqual([]);
      const partyIds = new Set(p.draft.parties.map((x) => x.organisationId));
      for (const a of p.agreements) {
        const context = { partyIds, recognitionAgreementIds: new Set(['ma-be-ict-2024']) };
        expect(agreementViolations(a, context)).toEqual([]);
      }
      const objectiveIds = new Set(p.plan.objectives.map((o) => o.id));
      for (const action of p.plan.actions) {
        expect(
          actionViolations(action, { objectiveIds, partyIds, startsOn: p.draft.startsOn }),
        ).toEqual([]);
      }
    },
  );
});
