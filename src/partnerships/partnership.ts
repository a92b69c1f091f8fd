import { quotaViolations, type Quotas } from './quotas.js';
import { datesInOrder, type RuleViolation } from './rule-violation.js';
import type {
  Component,
  PartnershipStatus,
  PartnershipType,
  PartyRole,
  Track,
} from './vocabulary.js';

/** An origin → destination pair, optionally narrowed to cities. */
export interface Corridor {
  origin: string;
  destination: string;
  originCities: string[];
  destinationCities: string[];
}

/** Someone to talk to at a party (personal data: changes are audited). */
export interface Contact {
  name: string;
  email: string;
  function: string;
}

/** An organisation taking part, with its role there. */
export interface Party {
  organisationId: string;
  role: PartyRole;
  contacts: Contact[];
}

/** What one party commits to one of the five components. */
export interface Commitment {
  component: Component;
  organisationId: string;
  commitment: string;
}

/** A partnership as written by its coordinator. */
export interface PartnershipDraft {
  title: string;
  type: PartnershipType;
  status: PartnershipStatus;
  summary: string;
  startsOn: string | null;
  endsOn: string | null;
  corridors: Corridor[];
  /** ISCO-08 unit groups (4 digits) or ESCO occupation URIs. */
  occupations: string[];
  tracks: Track[];
  quotas: Quotas;
  parties: Party[];
  commitments: Commitment[];
}

/** What the rules need to know about an organisation named as a party. */
export interface KnownOrganisation {
  id: string;
  kind: string;
  country: string;
}

const ISCO_UNIT = /^\d{4}$/;
const ESCO_OCCUPATION = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/;

/** Occupations must be ISCO-08 unit groups or ESCO occupation URIs. */
export function occupationViolations(occupations: string[]): RuleViolation[] {
  return occupations.flatMap((o, i): RuleViolation[] =>
    ISCO_UNIT.test(o) || ESCO_OCCUPATION.test(o)
      ? []
      : [
          {
            code: 'partnerships.invalid_occupation',
            field: `occupations.${i}`,
            reason: 'must be an ISCO-08 unit group (4 digits) or an ESCO occupation URI',
          },
        ],
  );
}

function corridorViolations(draft: PartnershipDraft): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const code = 'partnerships.invalid_corridor';
  if (draft.corridors.length === 0) {
    return [{ code, field: 'corridors', reason: 'must name at least one corridor' }];
  }
  draft.corridors.forEach((c, i) => {
    const sameCities = c.originCities.some((city) => c.destinationCities.includes(city));
    if (c.origin === c.destination && (c.originCities.length === 0 || sameCities)) {
      violations.push({
        code,
        field: `corridors.${i}.destination`,
        reason: 'must differ from the origin (or name other cities)',
      });
    }
    if (draft.type === 'city_to_city' && (!c.originCities.length || !c.destinationCities.length)) {
      violations.push({
        code,
        field: `corridors.${i}`,
        reason: 'a city-to-city partnership names cities at both ends',
      });
    }
  });
  const countries = new Set(draft.corridors.flatMap((c) => [c.origin, c.destination]));
  if (draft.type === 'bilateral' && countries.size !== 2) {
    violations.push({
      code,
      field: 'corridors',
      reason: `a bilateral partnership joins two countries, not ${countries.size}`,
    });
  }
  if (draft.type === 'multilateral' && countries.size < 3) {
    violations.push({
      code,
      field: 'corridors',
      reason: 'a multilateral partnership joins at least three countries',
    });
  }
  return violations;
}

/** Parties must be organisations (not a person's own account), each role named once. */
export function partyViolations(
  parties: Party[],
  organisations: ReadonlyMap<string, KnownOrganisation>,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const seen = new Set<string>();
  parties.forEach((party, i) => {
    const field = `parties.${i}.organisationId`;
    const organisation = organisations.get(party.organisationId);
    if (!organisation || organisation.kind === 'individual') {
      violations.push({
        code: 'partnerships.not_an_organisation',
        field,
        reason: organisation
          ? "is a person's own account, not an organisation"
          : 'is not a known organisation',
      });
    }
    const key = `${party.organisationId}/${party.role}`;
    if (seen.has(key)) {
      violations.push({
        code: 'partnerships.duplicate_party',
        field: `parties.${i}.role`,
        reason: `the organisation is already a ${party.role}`,
      });
    }
    seen.add(key);
  });
  return violations;
}

/** Every way a partnership draft breaks the rules; empty when it may be saved. */
export function partnershipViolations(
  draft: PartnershipDraft,
  organisations: ReadonlyMap<string, KnownOrganisation>,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (draft.title.trim() === '') {
    violations.push({ code: 'partnerships.invalid', field: 'title', reason: 'must not be empty' });
  }
  violations.push(
    ...datesInOrder(
      [
        { field: 'startsOn', value: draft.startsOn },
        { field: 'endsOn', value: draft.endsOn },
      ],
      'partnerships.dates_out_of_order',
    ),
  );
  violations.push(...corridorViolations(draft));
  violations.push(...occupationViolations(draft.occupations));
  if (new Set(draft.tracks).size !== draft.tracks.length) {
    violations.push({ code: 'partnerships.invalid', field: 'tracks', reason: 'repeats a track' });
  }
  violations.push(...quotaViolations(draft.quotas, draft));
  violations.push(...partyViolations(draft.parties, organisations));
  const partyIds = new Set(draft.parties.map((p) => p.organisationId));
  draft.commitments.forEach((c, i) => {
    if (!partyIds.has(c.organisationId)) {
      violations.push({
        code: 'partnerships.not_a_party',
        field: `commitments.${i}.organisationId`,
        reason: 'only a party of the partnership commits to a component',
      });
    }
  });
  return violations;
}

/** The countries a partnership joins, origins first. */
export function partnershipCountries(corridors: Corridor[]): string[] {
  return [...new Set([...corridors.map((c) => c.origin), ...corridors.map((c) => c.destination)])];
}

/** The policy's view of a partnership: who its parties are. */
export const asResource = (record: { parties: readonly { organisationId: string }[] }) => ({
  partyOrganisationIds: record.parties.map((p) => p.organisationId),
});
