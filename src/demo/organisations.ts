import type { OrganisationKind } from '../accounts/roles.js';
import type { Corridor } from './corridors.js';
import { corridorCountries, destinationCountries, originCountries } from './corridors.js';
import { countryProfile } from './countries.js';
import type { Random } from './random.js';
import type { ScaleCounts } from './scale.js';

/** A demo organisation; `key` names it stably so that people can be attached to it. */
export interface DemoOrganisation {
  id: string;
  key: string;
  name: string;
  kind: OrganisationKind;
  country: string;
  city: string;
}

type Template = Omit<DemoOrganisation, 'id'>;

/** The institutions every country of a corridor has: ministry, employment service, and so on. */
function countryInstitutions(country: string): Template[] {
  const { name, capital } = countryProfile(country);
  // Belgium's public employment services are regional: see corridorInstitutions.
  const employmentService: Template[] =
    country === 'BE'
      ? []
      : [
          {
            key: `${country}.employment_service`,
            name: `National Employment Agency (${name})`,
            kind: 'government',
            country,
            city: capital,
          },
        ];
  return [
    {
      key: `${country}.ministry`,
      name: `Ministry of Labour and Employment (${name})`,
      kind: 'government',
      country,
      city: capital,
    },
    ...employmentService,
    {
      key: `${country}.recognition`,
      name: `Qualifications and Recognition Authority (${name})`,
      kind: 'recognition_body',
      country,
      city: capital,
    },
    {
      key: `${country}.union`,
      name: `Confederation of Workers (${name})`,
      kind: 'workers_organisation',
      country,
      city: capital,
    },
    {
      key: `${country}.employers`,
      name: `Federation of Employers (${name})`,
      kind: 'employers_organisation',
      country,
      city: capital,
    },
  ];
}

/** Organisations particular to the corridors of the demo. */
const corridorInstitutions: Template[] = [
  {
    key: 'platform',
    name: 'Passerelle Platform Operations',
    kind: 'civil_society',
    country: 'BE',
    city: 'Brussels',
  },
  {
    key: 'international',
    name: 'International Organisation for Labour Mobility (Regional Office)',
    kind: 'international_organisation',
    country: 'BE',
    city: 'Brussels',
  },
  {
    key: 'BE.development_agency',
    name: 'Belgian Development Cooperation Agency',
    kind: 'government',
    country: 'BE',
    city: 'Brussels',
  },
  {
    key: 'BE.employment_service.flanders',
    name: 'Flemish Employment and Vocational Training Service',
    kind: 'local_government',
    country: 'BE',
    city: 'Ghent',
  },
  {
    key: 'BE.employment_service.brussels',
    name: 'Brussels Regional Employment Office',
    kind: 'local_government',
    country: 'BE',
    city: 'Brussels',
  },
  {
    key: 'MR-SN.harmonisation',
    name: 'Mauritania–Senegal Joint Committee on Vocational Qualifications',
    kind: 'recognition_body',
    country: 'SN',
    city: 'Dakar',
  },
  {
    key: 'NG.recruitment',
    name: 'Fair Talent Recruitment (Nigeria)',
    kind: 'recruitment_agency',
    country: 'NG',
    city: 'Lagos',
  },
  {
    key: 'diaspora.MA-BE',
    name: 'Moroccan ICT Diaspora Network (Belgium)',
    kind: 'civil_society',
    country: 'BE',
    city: 'Brussels',
  },
  {
    key: 'diaspora.NG-LT',
    name: "Nigerian Professionals' Association in Lithuania",
    kind: 'civil_society',
    country: 'LT',
    city: 'Vilnius',
  },
  {
    key: 'diaspora.SN-IT',
    name: 'Senegalese Diaspora Association (Italy)',
    kind: 'civil_society',
    country: 'IT',
    city: 'Milan',
  },
];

const businessLines = [
  'Software',
  'Cloud',
  'Data',
  'Digital',
  'Systems',
  'Networks',
  'Engineering',
  'Solar',
  'Logistics',
  'Construction',
];
const schoolTypes = [
  'Digital Academy',
  'Coding School',
  'Technical Institute',
  'Vocational Training Centre',
  'Institute of Applied Technology',
];

/** Draws a name not used yet; once draws keep colliding, numbers the name (large scales). */
function freshName(used: Set<string>, draw: () => string): string {
  let name = draw();
  for (let attempt = 0; used.has(name) && attempt < 20; attempt++) name = draw();
  for (let n = 2; used.has(name); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
  used.add(name);
  return name;
}

function employers(random: Random, country: string, count: number, used: Set<string>): Template[] {
  const profile = countryProfile(country);
  return Array.from({ length: count }, (_, i) => ({
    key: `${country}.employer.${i + 1}`,
    name: freshName(
      used,
      () =>
        `${random.pick(profile.companyStems)} ${random.pick(businessLines)} ${profile.legalForm}`,
    ),
    kind: 'employer' as const,
    country,
    city: random.pick(profile.cities),
  }));
}

function trainingProviders(
  random: Random,
  country: string,
  count: number,
  used: Set<string>,
): Template[] {
  const profile = countryProfile(country);
  return Array.from({ length: count }, (_, i) => {
    const city = random.pick(profile.cities);
    return {
      key: `${country}.training.${i + 1}`,
      name: freshName(used, () => `${city} ${random.pick(schoolTypes)}`),
      kind: 'training_provider' as const,
      country,
      city,
    };
  });
}

/** The institutional side of the demo: public bodies, social partners, employers and schools. */
export function generateOrganisations(
  random: Random,
  corridors: readonly Corridor[],
  counts: ScaleCounts,
): DemoOrganisation[] {
  const used = new Set<string>();
  const origins = new Set(originCountries(corridors));
  const destinations = new Set(destinationCountries(corridors));
  const countries = corridorCountries(corridors);
  // Countries on both ends (Senegal, Mauritania) hire like destinations and train like origins.
  const employerCount = (c: string) =>
    destinations.has(c) ? counts.employersPerDestination : counts.employersPerOrigin;
  const schoolCount = (c: string) =>
    origins.has(c) ? counts.trainingProvidersPerOrigin : counts.trainingProvidersPerDestination;
  const templates: Template[] = [
    ...corridorInstitutions,
    ...countries.flatMap(countryInstitutions),
    ...countries.flatMap((c) => employers(random, c, employerCount(c), used)),
    ...countries.flatMap((c) => trainingProviders(random, c, schoolCount(c), used)),
  ];
  return templates.map((t) => ({ id: random.uuid(), ...t }));
}
