import type { Programme } from '../programmes/programme.js';
import type { Vacancy } from '../vacancies/vacancy.js';
import type { Corridor } from '../../partnerships/partnership.js';
import { checkProposal, type LinkedSlot } from '../../partnerships/slot-link.js';
import type { PartyRole, Track } from '../../partnerships/vocabulary.js';

/**
 * The ISCO-08 unit group of each demo occupation (ESCO v1.1.1 `iscoGroup`, checked against
 * reference/esco-v1.1.1/classification-en/occupations_en.csv.gz): the demo links by it, since
 * the demo partnerships name ISCO unit groups and a test taxonomy may have no occupation rows.
 */
export const DEMO_ISCO: Readonly<Record<string, string>> = {
  'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1': '2512',
  'http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d': '2513',
  'http://data.europa.eu/esco/occupation/81480b40-a318-47f3-9b2c-56b69ed67d95': '2522',
  'http://data.europa.eu/esco/occupation/8c57af09-719c-42b3-be40-6ed4946236cc': '2521',
  'http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50': '2221',
  'http://data.europa.eu/esco/occupation/05f321f8-055b-407d-bf19-e0ddabda56b7': '7112',
  'http://data.europa.eu/esco/occupation/5dbb9cf0-b226-402c-a295-2f42ef05ff8b': '7411',
  'http://data.europa.eu/esco/occupation/ed3cf43d-c2c1-4c46-82fc-1375e27e0290': '7126',
  'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b': '7212',
  'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e': '5120',
  'http://data.europa.eu/esco/occupation/d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471': '5131',
};

/** What the demo links by: a partnership's corridors, tracks, priorities and parties. */
export interface LinkablePartnership {
  id: string;
  draft: {
    corridors: readonly Corridor[];
    tracks: readonly Track[];
    occupations: readonly string[];
    parties: readonly { organisationId: string; role: PartyRole }[];
  };
}

const isPriority = (p: LinkablePartnership, uri: string) =>
  p.draft.occupations.includes(uri) || p.draft.occupations.includes(DEMO_ISCO[uri] ?? '');

/**
 * The occupations (ESCO URIs, among `uris`) each employer or training provider party should
 * post in: the priority occupations of the partnerships it is a party to as such. Pure.
 */
export function demoOccupationsOfParties(
  partnerships: readonly LinkablePartnership[],
  uris: readonly string[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of partnerships)
    for (const party of p.draft.parties) {
      if (party.role !== 'employer' && party.role !== 'training_provider') continue;
      const mine = out.get(party.organisationId) ?? [];
      for (const uri of uris) if (isPriority(p, uri) && !mine.includes(uri)) mine.push(uri);
      out.set(party.organisationId, mine);
    }
  return out;
}

/** A link the demo proposes and accepts, as a party and a coordinator would. */
export interface DemoLink {
  partnershipId: string;
  kind: 'vacancy' | 'programme';
  slotId: string;
  ownerOrganisationId: string;
  occupation: string;
}

type DemoVacancy = Pick<Vacancy, 'country' | 'track' | 'occupationUri' | 'employerId'> & {
  id: string;
};
type DemoProgramme = Pick<Programme, 'country' | 'providerId'> & { id: string };

function firstLink(
  partnerships: readonly LinkablePartnership[],
  owner: string,
  slot: LinkedSlot,
  requested: string | undefined,
): Omit<DemoLink, 'kind' | 'slotId' | 'ownerOrganisationId'> | undefined {
  for (const p of partnerships) {
    if (!p.draft.parties.some((x) => x.organisationId === owner)) continue;
    const checked = checkProposal(p.draft, slot, requested);
    if ('occupation' in checked) return { partnershipId: p.id, occupation: checked.occupation };
  }
  return undefined;
}

/**
 * The links of the demo: each vacancy and programme of a party goes to the first partnership
 * (in the generator's order) that the same rules as the API allow (corridor, track, priority
 * occupation). A programme's occupation is the one it was drawn from (`programmeOccupation`).
 * Deterministic.
 */
export function demoLinks<P extends DemoProgramme>(
  people: { vacancies: readonly DemoVacancy[]; programmes: readonly P[] },
  partnerships: readonly LinkablePartnership[],
  programmeOccupation: (p: P) => string | undefined,
): DemoLink[] {
  const links: DemoLink[] = [];
  for (const v of people.vacancies) {
    if (v.track === 'study') continue;
    const slot: LinkedSlot = {
      kind: 'vacancy',
      country: v.country,
      track: v.track,
      occupationUri: v.occupationUri,
      iscoCode: DEMO_ISCO[v.occupationUri] ?? null,
    };
    const found = firstLink(partnerships, v.employerId, slot, undefined);
    if (found)
      links.push({ ...found, kind: 'vacancy', slotId: v.id, ownerOrganisationId: v.employerId });
  }
  for (const p of people.programmes) {
    const uri = programmeOccupation(p);
    if (uri === undefined) continue;
    const slot: LinkedSlot = { kind: 'programme', country: p.country ?? null };
    const found = firstLink(partnerships, p.providerId, slot, DEMO_ISCO[uri] ?? uri);
    if (found)
      links.push({ ...found, kind: 'programme', slotId: p.id, ownerOrganisationId: p.providerId });
  }
  return links;
}
