import { and, asc, eq, inArray } from 'drizzle-orm';
import { organisation } from '../accounts/accounts.schema.js';
import type { Database } from '../db/database.js';
import type { PartnershipRecord } from '../partnerships/partnership.store.js';
import type { Gender } from './allocation-problem.js';
import type { CandidateProfile } from '../people/candidates/candidate-profile.js';
import { consentsToPartnershipMatching } from '../people/candidates/candidate-scope.store.js';
import { candidate, programme, vacancy } from '../people/people.schema.js';
import { partnershipSlotLink } from '../people/slot-links/slot-link.schema.js';
import { DEFAULT_MINIMUM_SCORE } from '../partnerships/quotas.js';
import {
  buildCohortProblem,
  type CohortCandidate,
  type CohortProgramme,
  type CohortVacancy,
} from './cohort-problem.js';
import type { CohortRows, CohortScorer } from './cohort-scorer.js';
import type { RunInput, RunMode } from './cohort-snapshot.js';
import { snapshotProblem } from './cohort-snapshot.js';
import { vacancyNotSuspendedFrom } from './suspended-slots.queries.js';

/** What a coordinator may set when starting a run, besides the partnership's own quotas. */
export interface CohortOptions {
  mode: RunMode;
  seed: number;
  edgesPerCandidate: number;
  trackShareTolerance: number;
  perEmployerMax: { employerId: string; max: number }[];
  locks: { candidateId: string; slotId: string | null }[];
}

type Db = Pick<Database, 'select'>;

/** The profile's gender in the allocation's words (self-descriptions and non-binary: other). */
export function genderOf(profile: CandidateProfile): Gender {
  switch (profile.gender?.kind) {
    case 'female':
      return 'female';
    case 'male':
      return 'male';
    case 'non_binary':
    case 'self_described':
      return 'other';
    default:
      return 'undisclosed';
  }
}

/** The partnership's origin countries: where its cohort lives. */
export function originCountries(partnership: Pick<PartnershipRecord, 'corridors'>): string[] {
  return [...new Set(partnership.corridors.map((c) => c.origin))].sort();
}

/**
 * The cohort's rows: candidates living in an origin country who consent to partnership matching
 * (in order of arrival), the partnership's vacancies and programmes (by id).
 */
export async function loadCohortRows(db: Db, partnership: PartnershipRecord): Promise<CohortRows> {
  const origins = originCountries(partnership);
  const candidates =
    origins.length === 0
      ? []
      : await db
          .select({ id: candidate.id, profile: candidate.profile })
          .from(candidate)
          .where(
            and(inArray(candidate.residenceCountry, origins), consentsToPartnershipMatching(db)),
          )
          .orderBy(asc(candidate.createdAt), asc(candidate.id));
  // Slots are the vacancies and programmes whose link to the partnership was accepted, leaving
  // out the vacancies of an employer suspended from the partnership.
  const accepted = and(
    eq(partnershipSlotLink.partnershipId, partnership.id),
    eq(partnershipSlotLink.status, 'accepted'),
  );
  const vacancies = await db
    .select({
      id: vacancy.id,
      posting: vacancy.posting,
      occupation: partnershipSlotLink.occupation,
    })
    .from(vacancy)
    .innerJoin(partnershipSlotLink, and(accepted, eq(partnershipSlotLink.vacancyId, vacancy.id)))
    .where(vacancyNotSuspendedFrom(partnership.id))
    .orderBy(asc(vacancy.id));
  const programmes = await db
    .select({
      id: programme.id,
      programme: programme.programme,
      providerCountry: organisation.country,
      occupation: partnershipSlotLink.occupation,
    })
    .from(programme)
    .innerJoin(organisation, eq(organisation.id, programme.providerId))
    .innerJoin(
      partnershipSlotLink,
      and(accepted, eq(partnershipSlotLink.programmeId, programme.id)),
    )
    .orderBy(asc(programme.id));
  // Study-track vacancies have no slot kind in the allocation: they stay out of the cohort.
  return {
    candidates,
    vacancies: vacancies.filter((v) => v.posting.track !== 'study'),
    programmes,
  };
}

function cohortCandidates(rows: CohortRows): CohortCandidate[] {
  return rows.candidates.map((c, arrival) => ({
    id: c.id,
    gender: genderOf(c.profile),
    nationality: c.profile.nationality,
    // The profile has no region of origin: the country of residence stands for it.
    originRegion: c.profile.residenceCountry,
    birthYear: c.profile.birthYear ?? null,
    arrival,
  }));
}

function cohortVacancies(rows: CohortRows): CohortVacancy[] {
  return rows.vacancies.map((v) => ({
    id: v.id,
    title: v.posting.title,
    track: v.posting.track === 'away' ? 'away' : 'home',
    positions: v.posting.positions,
    employerId: v.posting.employerId,
    occupation: v.occupation ?? null,
  }));
}

function cohortProgrammes(rows: CohortRows): CohortProgramme[] {
  return rows.programmes.map((p) => ({
    id: p.id,
    title: p.programme.title,
    seats: p.programme.seats,
    providerId: p.programme.providerId,
    occupation: p.occupation ?? null,
  }));
}

/**
 * Builds a run's input from the partnership's cohort as it stands: the problem (scored by the
 * scorer), the partnership's quotas with the run's options, the mode and the seed.
 */
export async function buildRunInput(
  db: Db,
  partnership: PartnershipRecord,
  options: CohortOptions,
  scorer: CohortScorer,
  now: Date,
): Promise<RunInput> {
  const rows = await loadCohortRows(db, partnership);
  const problem = buildCohortProblem({
    candidates: cohortCandidates(rows),
    vacancies: cohortVacancies(rows),
    programmes: cohortProgrammes(rows),
    quotas: {
      trackShares: partnership.quotas.trackShares,
      minWomenShare: partnership.quotas.minWomenShare,
      perRegion: partnership.quotas.perRegion,
      perEmployer: options.perEmployerMax,
      perOccupation: partnership.quotas.perOccupation,
      trackShareTolerance: options.trackShareTolerance,
    },
    eligibility: {
      priorityOccupations: partnership.occupations,
      minimumScore: partnership.quotas.minimumScore ?? DEFAULT_MINIMUM_SCORE,
    },
    score: scorer.prepare(rows),
    edgesPerCandidate: options.edgesPerCandidate,
    referenceYear: now.getUTCFullYear(),
    locks: new Map(options.locks.map((l) => [l.candidateId, l.slotId])),
  });
  return {
    problem: snapshotProblem(problem),
    mode: options.mode,
    seed: options.seed,
    scoreModel: scorer.model,
    edgesPerCandidate: options.edgesPerCandidate,
    perEmployerMax: options.perEmployerMax,
    locks: options.locks,
  };
}
