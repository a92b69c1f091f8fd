import type { Random } from '../../demo/random.js';
import type { Programme } from '../programmes/programme.js';
import type { Vacancy } from '../vacancies/vacancy.js';
import type { DemoOccupation, OccupationSkills } from './demo-occupations.js';
import { moduleCost, moduleTitle } from './demo-modules.js';

type Occupation = DemoOccupation & OccupationSkills;

/** An employer or training provider the demo attaches jobs and programmes to. */
export interface DemoInstitution {
  id: string;
  name: string;
  country: string;
  city?: string | undefined;
  /** The occupations (ESCO URIs) it posts in: a partnership party's priorities; any when absent. */
  occupationUris?: readonly string[] | undefined;
}

/** The occupations an institution draws from: its own when it has some with skills, else all. */
function occupationsOf(institution: DemoInstitution, occupations: readonly Occupation[]) {
  const own = occupations.filter((o) => institution.occupationUris?.includes(o.uri));
  return own.length > 0 ? own : occupations;
}

/** What work looks like in each country: languages asked for, monthly wage, currency. */
const LABOUR: Record<
  string,
  { languages: [string, 'A2' | 'B1' | 'B2'][]; wage: number; currency: string }
> = {
  BE: {
    languages: [
      ['fr', 'B1'],
      ['nl', 'A2'],
    ],
    wage: 3200,
    currency: 'EUR',
  },
  IT: { languages: [['it', 'B1']], wage: 2100, currency: 'EUR' },
  NL: {
    languages: [
      ['en', 'B2'],
      ['nl', 'A2'],
    ],
    wage: 3400,
    currency: 'EUR',
  },
  LT: { languages: [['en', 'B2']], wage: 2300, currency: 'EUR' },
  MA: { languages: [['fr', 'B1']], wage: 6000, currency: 'MAD' },
  TN: { languages: [['fr', 'B1']], wage: 1800, currency: 'TND' },
  NG: { languages: [['en', 'B2']], wage: 350_000, currency: 'NGN' },
  SN: { languages: [['fr', 'B1']], wage: 300_000, currency: 'XOF' },
  MR: { languages: [['ar', 'B1']], wage: 15_000, currency: 'MRU' },
};

/** The destination countries of the demo: their employers post away-track vacancies. */
export const DESTINATION_COUNTRIES = new Set(['BE', 'IT', 'NL', 'LT']);

const pad = (n: number) => String(n).padStart(2, '0');

/** Some of the list, in order, each kept with probability p. */
function sample(random: Random, items: readonly string[], p: number, max: number): string[] {
  return items.filter(() => random.next() < p).slice(0, max);
}

/** A vacancy of the employer: away track at a destination, home track at an origin. Pure. */
export function drawVacancy(
  random: Random,
  employer: DemoInstitution,
  occupations: readonly Occupation[],
): Vacancy {
  const occupation = random.pick(occupationsOf(employer, occupations));
  const away = DESTINATION_COUNTRIES.has(employer.country);
  const labour = LABOUR[employer.country] ?? { languages: [], wage: 2000, currency: 'EUR' };
  const month = random.int(1, 9);
  const essentialSkills = sample(random, occupation.essential, 0.8, 30);
  const essential = new Set(essentialSkills);
  return {
    title: `${occupation.label[0]?.toUpperCase()}${occupation.label.slice(1)}`,
    employerId: employer.id,
    occupationUri: occupation.uri,
    essentialSkills,
    optionalSkills: sample(random, occupation.optional, 0.15, 8).filter((u) => !essential.has(u)),
    languages: labour.languages
      .filter((_, i) => i === 0 || random.next() < 0.3)
      .map(([tag, minimumLevel]) => ({ tag, minimumLevel })),
    country: employer.country,
    ...(employer.city ? { city: employer.city } : {}),
    positions: random.int(1, 10),
    wage: {
      amount: Math.round(labour.wage * (0.85 + random.next() * 0.4)),
      currency: labour.currency,
      per: 'month',
    },
    contractType: random.pick(['permanent', 'fixed_term', 'fixed_term', 'seasonal'] as const),
    track: away ? 'away' : 'home',
    ...(away
      ? { legalPathway: occupation.sector === 'ict' ? 'EU Blue Card' : 'single permit' }
      : {}),
    postedOn: `2026-${pad(month)}-${pad(random.int(1, 28))}`,
    closesOn: `2026-${pad(month + 2)}-${pad(random.int(1, 28))}`,
  };
}

/** A programme of the provider for one occupation, its essential skills cut into modules. Pure. */
export function drawProgramme(
  random: Random,
  provider: DemoInstitution,
  occupations: readonly Occupation[],
  destination: string | undefined,
): Programme {
  const occupation = random.pick(occupationsOf(provider, occupations));
  const perModule = random.int(4, 8);
  const skills = occupation.essential.slice(0, perModule * 6);
  const modules = [];
  for (let i = 0; i < skills.length; i += perModule) {
    const taught = skills.slice(i, i + perModule);
    const hours = random.int(2, 8) * 10;
    modules.push({
      title: moduleTitle(
        taught,
        occupation.labels,
        `${occupation.label}: module ${modules.length + 1}`,
      ),
      skills: taught,
      hours,
      cost: { amount: moduleCost(hours, provider.country, occupation.sector), currency: 'EUR' },
    });
  }
  const bodies = [{ name: provider.name, country: provider.country }];
  const dual = destination !== undefined && random.next() < 0.4;
  return {
    title: `${occupation.label[0]?.toUpperCase()}${occupation.label.slice(1)} programme`,
    providerId: provider.id,
    location: 'origin',
    country: provider.country,
    ...(provider.city ? { city: provider.city } : {}),
    modules,
    seats: random.int(15, 40),
    certification: {
      title: `Certificate: ${occupation.label}`,
      awardingBodies: dual
        ? [...bodies, { name: `${destination} recognition body`, country: destination }]
        : bodies,
      eqfLevel: random.int(3, 5),
    },
    startDates: [`2027-${pad(random.int(1, 12))}-01`],
  };
}
