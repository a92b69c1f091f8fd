import type { Corridor } from './partnership.js';
import { PARTY_ROLES, type PartyRole } from './vocabulary.js';

/** Where a party stands in the corridor. */
export type Side = 'origin' | 'destination' | 'both' | 'international';
export const SIDES: readonly Side[] = ['origin', 'destination', 'both', 'international'];

export interface MappedParty {
  organisationId: string;
  name: string;
  kind: string;
  country: string;
  role: PartyRole;
}

/** Parties grouped by side, then by role, in the fixed order of sides and roles. */
export interface StakeholderMap {
  sides: { side: Side; roles: { role: PartyRole; parties: MappedParty[] }[] }[];
}

/** The side of the corridor an organisation stands on. */
export function sideOf(party: Pick<MappedParty, 'kind' | 'country'>, corridors: Corridor[]): Side {
  if (party.kind === 'international_organisation') return 'international';
  const origin = corridors.some((c) => c.origin === party.country);
  const destination = corridors.some((c) => c.destination === party.country);
  if (origin && destination) return 'both';
  if (origin) return 'origin';
  if (destination) return 'destination';
  return 'international';
}

/** Groups the parties by side and role; empty sides and roles are left out. */
export function stakeholderMap(parties: MappedParty[], corridors: Corridor[]): StakeholderMap {
  const sides = SIDES.map((side) => {
    const here = parties.filter((p) => sideOf(p, corridors) === side);
    const roles = PARTY_ROLES.map((role) => ({
      role,
      parties: here
        .filter((p) => p.role === role)
        .sort(
          (a, b) =>
            a.name.localeCompare(b.name) || a.organisationId.localeCompare(b.organisationId),
        ),
    })).filter((r) => r.parties.length > 0);
    return { side, roles };
  }).filter((s) => s.roles.length > 0);
  return { sides };
}
