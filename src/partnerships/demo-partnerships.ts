import type { DemoOrganisation } from '../demo/organisations.js';
import { createRandom } from '../demo/random.js';
import type { ActionPlan } from './action-plan.js';
import type { Agreement } from './agreement.js';
import type { Commitment, Party, PartnershipDraft } from './partnership.js';
import { TEMPLATES, type Key } from './demo-partnership-templates.js';

/** A demo partnership, its agreements and its action plan, with stable ids drawn from the seed. */
export interface DemoPartnership {
  id: string;
  draft: PartnershipDraft;
  agreements: (Agreement & { id: string })[];
  plan: ActionPlan;
}

/** The demo partnerships, built on the demo organisations (by key); a pure function of the seed. */
export function generateDemoPartnerships(
  organisations: DemoOrganisation[],
  seed: number,
): DemoPartnership[] {
  const random = createRandom(seed ^ 0x9a27);
  const byKey = new Map(organisations.map((o) => [o.key, o.id]));
  const idOf = (key: Key) => {
    const id = byKey.get(key);
    if (!id) throw new Error(`Demo organisation missing for partnerships: ${key}`);
    return id;
  };
  return TEMPLATES.map((t) => {
    const parties: Party[] = t.parties.map(([key, role]) => ({
      organisationId: idOf(key),
      role,
      contacts: [],
    }));
    const commitments: Commitment[] = t.commitments.map(([component, key, commitment]) => ({
      component,
      organisationId: idOf(key),
      commitment,
    }));
    const objectives = t.objectives.map((title) => ({ id: random.uuid(), title }));
    return {
      id: random.uuid(),
      draft: { ...t.draft, parties, commitments },
      agreements: t.agreements.map((a) => ({ ...a, id: random.uuid() })),
      plan: {
        objectives,
        actions: t.actions.map(([objective, title, owner, deadline, status, evidence]) => ({
          id: random.uuid(),
          objectiveId: (objectives[objective] as { id: string }).id,
          title,
          ownerOrganisationId: idOf(owner),
          deadline,
          status,
          evidence,
        })),
        milestones: t.milestones.map(([title, dueOn, reachedOn]) => ({
          id: random.uuid(),
          title,
          dueOn,
          reachedOn,
        })),
      },
    };
  });
}
