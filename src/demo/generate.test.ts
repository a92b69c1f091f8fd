import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../accounts/roles.js';
import { corridorCountries, CORRIDORS } from './corridors.js';
import { generateDemo, type DemoDataset } from './generate.js';
import { DEMO_SCALES } from './scale.js';

/** The structural promises every demo dataset keeps, whatever the seed and scale. */
function expectConsistent(dataset: DemoDataset) {
  const organisationIds = new Set(dataset.organisations.map((o) => o.id));
  expect(organisationIds.size).toBe(dataset.organisations.length);
  expect(new Set(dataset.organisations.map((o) => o.key)).size).toBe(dataset.organisations.length);
  expect(new Set(dataset.users.map((u) => u.id)).size).toBe(dataset.users.length);
  expect(new Set(dataset.users.map((u) => u.email)).size).toBe(dataset.users.length);
  const countries = new Set(corridorCountries(CORRIDORS));
  for (const org of dataset.organisations) expect(countries.has(org.country)).toBe(true);
  for (const user of dataset.users) {
    expect(user.password.length).toBeGreaterThanOrEqual(12);
    for (const m of user.memberships) expect(organisationIds.has(m.organisationId)).toBe(true);
  }
}

describe('the demo generator', () => {
  it('GIVEN the same seed and scale WHEN generating twice THEN the datasets are identical', () => {
    expect(generateDemo({ seed: 2026, scale: 'medium' })).toEqual(
      generateDemo({ seed: 2026, scale: 'medium' }),
    );
  });

  it('GIVEN two seeds WHEN generating THEN the invented parts differ', () => {
    const a = generateDemo({ seed: 1, scale: 'small' });
    const b = generateDemo({ seed: 2, scale: 'small' });
    expect(a.organisations.map((o) => o.id)).not.toEqual(b.organisations.map((o) => o.id));
  });

  it('GIVEN any seed WHEN generating THEN the dataset is reproducible and consistent', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom(...DEMO_SCALES.filter((s) => s !== 'large')),
        (seed, scale) => {
          const dataset = generateDemo({ seed, scale });
          expect(generateDemo({ seed, scale })).toEqual(dataset);
          expectConsistent(dataset);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('GIVEN the large scale WHEN generating THEN it stays consistent and grows', () => {
    const large = generateDemo({ seed: 9, scale: 'large' });
    expectConsistent(large);
    expect(large.users.length).toBeGreaterThan(
      generateDemo({ seed: 9, scale: 'medium' }).users.length,
    );
  });

  it('GIVEN any scale WHEN generating THEN there is one demo login per role, with a 12+ character password', () => {
    for (const scale of DEMO_SCALES) {
      const { logins, users } = generateDemo({ seed: 3, scale });
      expect(logins.map((l) => l.role)).toEqual([...ROLES]);
      for (const login of logins) {
        expect(login.email).toBe(`${login.role.replaceAll('_', '-')}@demo.passerelle.dev`);
        expect(users.find((u) => u.email === login.email)?.password).toBe(login.password);
      }
    }
  });

  it('GIVEN the small scale WHEN generating THEN both sides of every corridor have a ministry, recognition body and employer', () => {
    const { organisations } = generateDemo({ seed: 5, scale: 'small' });
    for (const country of corridorCountries(CORRIDORS)) {
      const kinds = new Set(organisations.filter((o) => o.country === country).map((o) => o.kind));
      expect([...kinds]).toEqual(
        expect.arrayContaining([
          'government',
          'recognition_body',
          'employer',
          'workers_organisation',
          'employers_organisation',
        ]),
      );
    }
    const kinds = new Set(organisations.map((o) => o.kind));
    expect([...kinds]).toEqual(
      expect.arrayContaining([
        'international_organisation',
        'civil_society',
        'individual',
        'training_provider',
        'local_government',
        'recruitment_agency',
      ]),
    );
  });
});
