import type { CandidateSkill } from '../candidates/candidate-profile.js';
import type { Programme } from './programme.js';

/** The source a programme completion gives the skills it raises: `programme_completion:<id>`. */
export const completionSource = (completionId: string) => `programme_completion:${completionId}`;

/** Positions that are not modules of the programme, as field problems. */
export function completionProblems(
  p: Pick<Programme, 'modules'>,
  modules: readonly number[],
): { field: string; reason: string }[] {
  return modules.flatMap((position, i) =>
    position < p.modules.length
      ? []
      : [{ field: `modules[${i}]`, reason: `the programme has ${p.modules.length} modules` }],
  );
}

/** Whether a completion certifies: every module completed of a programme leading to a certification. */
export function completionCertifies(
  p: Pick<Programme, 'modules' | 'certification'>,
  modules: readonly number[],
): boolean {
  return p.certification !== undefined && new Set(modules).size === p.modules.length;
}

/**
 * The skills a completion raises (docs/people.md#programme-completion): those the completed
 * modules teach become `assessed` (the provider trained and assessed them), or `certified` when
 * every module is completed and the programme leads to a certification. Pure.
 */
export function completionEvidence(
  p: Pick<Programme, 'modules' | 'certification'>,
  modules: readonly number[],
  completionId: string,
): CandidateSkill[] {
  const done = new Set(modules);
  const certified = completionCertifies(p, modules);
  const skills = new Set(p.modules.flatMap((m, i) => (done.has(i) ? m.skills : [])));
  return [...skills].sort().map((uri) => ({
    uri,
    evidence: certified ? 'certified' : 'assessed',
    source: completionSource(completionId),
  }));
}

/**
 * Whether a provider may attest a person's training: the person lives where the provider is or
 * where the programme runs, or the provider is a party to a partnership whose corridors start
 * where the person lives (the partnership's cohort). Anyone else gets 404, as for an unknown person.
 */
export function mayAttestCompletion(input: {
  residenceCountry: string;
  providerCountry: string;
  programmeCountry: string | undefined;
  providerPartnerships: readonly { originCountries: readonly string[] }[];
}): boolean {
  const home = input.residenceCountry;
  return (
    home === input.providerCountry ||
    home === input.programmeCountry ||
    input.providerPartnerships.some((p) => p.originCountries.includes(home))
  );
}
