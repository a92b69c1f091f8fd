import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate.js';
import { generateDemoPartnerships } from '../../partnerships/demo-partnerships.js';
import { demoPartnershipOfProgramme, demoPartnershipOfVacancy } from './cohort-demo-links.js';

const dataset = generateDemo({ seed: 7, scale: 'small' });
const partnerships = generateDemoPartnerships(dataset.organisations, dataset.seed);
const idOf = (title: string) => partnerships.find((p) => p.draft.title.startsWith(title))?.id;

describe('linking demo jobs and programmes to demo partnerships', () => {
  it.each([
    [{ country: 'BE', track: 'away' as const }, 'Belgium–Morocco'],
    [{ country: 'MA', track: 'home' as const }, 'Belgium–Morocco'],
    [{ country: 'LT', track: 'away' as const }, 'Nigeria–Lithuania'],
    [{ country: 'IT', track: 'away' as const }, 'Milan/Turin'],
    [{ country: 'SN', track: 'home' as const }, 'Mauritania–Senegal'],
  ])('a vacancy %j belongs to the %s partnership', (vacancy, title) => {
    expect(demoPartnershipOfVacancy(partnerships, vacancy)).toBe(idOf(title));
  });

  it('GIVEN a track the partnership does not offer or a country of no corridor THEN no link', () => {
    // Nigeria–Lithuania offers the away track only.
    expect(
      demoPartnershipOfVacancy(partnerships, { country: 'NG', track: 'home' }),
    ).toBeUndefined();
    expect(
      demoPartnershipOfVacancy(partnerships, { country: 'NL', track: 'away' }),
    ).toBeUndefined();
  });

  it('GIVEN a programme at an origin THEN it joins the partnership of that origin', () => {
    expect(demoPartnershipOfProgramme(partnerships, { country: 'TN' })).toBe(idOf('Milan/Turin'));
    expect(demoPartnershipOfProgramme(partnerships, { country: 'NL' })).toBeUndefined();
  });
});
