import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate.js';
import { generateDemoPartnerships } from '../../partnerships/demo-partnerships.js';
import { demoPeopleOf } from './demo-people.store.js';
import { testRelations } from './demo-test-relations.js';
import { DEMO_ISCO } from './cohort-demo-links.js';

const dataset = generateDemo({ seed: 7, scale: 'small' });
const partnerships = generateDemoPartnerships(dataset.organisations, dataset.seed);
const people = demoPeopleOf(dataset, testRelations());
const byId = new Map(partnerships.map((p) => [p.id, p]));
const vacancies = new Map(people.vacancies.map((v) => [v.id, v]));
const titleOf = (id: string) => byId.get(id)?.draft.title ?? '';

describe('the demo links vacancies and programmes to partnerships like the API does', () => {
  it('GIVEN the demo THEN every link is from a party, to a priority occupation of its partnership', () => {
    expect(people.links.length).toBeGreaterThan(0);
    for (const link of people.links) {
      const p = byId.get(link.partnershipId)!;
      expect(p.draft.parties.map((x) => x.organisationId)).toContain(link.ownerOrganisationId);
      expect(p.draft.occupations).toContain(link.occupation);
      const v = vacancies.get(link.slotId);
      if (v) expect(DEMO_ISCO[v.occupationUri]).toBe(link.occupation);
    }
  });

  it('GIVEN the Belgium–Morocco ICT partnership THEN its away and home jobs and its seats are ICT ones', () => {
    const mine = people.links.filter((l) => titleOf(l.partnershipId).startsWith('Belgium–Morocco'));
    const tracks = new Set(mine.flatMap((l) => vacancies.get(l.slotId)?.track ?? 'seat'));
    expect([...tracks].sort()).toEqual(['away', 'home', 'seat']);
    expect(new Set(mine.map((l) => l.occupation))).toEqual(new Set(['2512', '2513']));
  });

  it('GIVEN the vacancies of party employers THEN they are posted in their partnership’s priorities and all linked', () => {
    const parties = new Set(
      partnerships.flatMap((p) =>
        p.draft.parties.filter((x) => x.role === 'employer').map((x) => x.organisationId),
      ),
    );
    const ofParties = people.vacancies.filter((v) => parties.has(v.employerId));
    expect(ofParties.length).toBeGreaterThan(0);
    const linked = new Set(people.links.map((l) => l.slotId));
    expect(ofParties.filter((v) => !linked.has(v.id))).toEqual([]);
    // Employers that are no party keep posting in any demo occupation, unlinked.
    expect(people.vacancies.some((v) => !parties.has(v.employerId) && !linked.has(v.id))).toBe(
      true,
    );
  });

  it('GIVEN the same seed THEN the same links', () => {
    expect(demoPeopleOf(dataset, testRelations()).links).toEqual(people.links);
  });
});
