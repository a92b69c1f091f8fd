import { and, eq, inArray } from 'drizzle-orm';
import { auditEvent } from '../../accounts/accounts.schema.js';
import type { Database } from '../../db/database.js';
import type { DemoOrganisation } from '../../demo/organisations.js';
import type { DemoUser } from '../../demo/people.js';
import type { DemoScale } from '../../demo/scale.js';
import { occupationSkill, taxonomyVersion } from '../../taxonomy/taxonomy.schema.js';
import {
  candidate,
  candidateConsent,
  programme,
  programmeModule,
  vacancy,
} from '../people.schema.js';
import { generateDemoPeople, type DemoPeople } from './demo-people.js';
import { DEMO_OCCUPATIONS, type OccupationSkills } from './demo-occupations.js';
import { generateDemoPartnerships } from '../../partnerships/demo-partnerships.js';
import { linkDemoJobsToPartnerships } from './cohort-demo-links.js';

type Tx = Pick<Database, 'insert' | 'select'>;

/** Candidates without an account besides those with one, per scale. */
const EXTRA_CANDIDATES: Record<DemoScale, number> = { small: 300, medium: 3000, large: 20_000 };
const BATCH = 500;

/** The demo occupations' ESCO skills in the active taxonomy version (none before the import). */
export async function demoOccupationSkills(tx: Tx): Promise<OccupationSkills[]> {
  const [version] = await tx
    .select({ id: taxonomyVersion.id })
    .from(taxonomyVersion)
    .where(and(eq(taxonomyVersion.active, true), eq(taxonomyVersion.status, 'complete')));
  if (!version) return [];
  const rows = await tx
    .select()
    .from(occupationSkill)
    .where(
      and(
        eq(occupationSkill.versionId, version.id),
        inArray(
          occupationSkill.occupationUri,
          DEMO_OCCUPATIONS.map((o) => o.uri),
        ),
      ),
    );
  return DEMO_OCCUPATIONS.map((o) => {
    const of = rows.filter((r) => r.occupationUri === o.uri);
    const uris = (relation: string) =>
      of
        .filter((r) => r.relation === relation)
        .map((r) => r.skillUri)
        .sort();
    return { occupationUri: o.uri, essential: uris('essential'), optional: uris('optional') };
  });
}

/** The people section for a demo dataset: its candidate users get profiles. */
export function demoPeopleOf(
  dataset: { seed: number; scale: DemoScale; organisations: DemoOrganisation[]; users: DemoUser[] },
  relations: readonly OccupationSkills[],
): DemoPeople {
  const orgs = new Map(dataset.organisations.map((o) => [o.id, o]));
  const accountHolders = dataset.users.flatMap((u) => {
    const home = u.memberships.find((m) => m.role === 'candidate');
    const org = home && orgs.get(home.organisationId);
    return org ? [{ userId: u.id, name: u.displayName, country: org.country }] : [];
  });
  const ofKind = (kind: string) => dataset.organisations.filter((o) => o.kind === kind);
  const people = generateDemoPeople({
    seed: dataset.seed,
    accountHolders,
    extraCandidates: EXTRA_CANDIDATES[dataset.scale],
    employers: ofKind('employer'),
    providers: ofKind('training_provider'),
    vacanciesPerEmployer: 8,
    programmesPerProvider: 2,
    relations,
  });
  // Jobs and programmes join the demo partnership of their corridor, so cohorts can be allocated.
  const partnerships = generateDemoPartnerships(dataset.organisations, dataset.seed);
  return { ...people, ...linkDemoJobsToPartnerships(people, partnerships) };
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** Writes the demo people inside the demo load's transaction, candidates audited. */
export async function insertDemoPeople(
  tx: Tx,
  dataset: Parameters<typeof demoPeopleOf>[0],
  now: Date,
): Promise<void> {
  const people = demoPeopleOf(dataset, await demoOccupationSkills(tx));
  const candidates = people.candidates.map((c) => ({
    id: c.id,
    userId: c.userId,
    residenceCountry: c.profile.residenceCountry,
    profile: c.profile,
    createdAt: now,
    updatedAt: now,
  }));
  const consents = people.candidates.flatMap((c) =>
    c.consents.map((purpose) => ({ candidateId: c.id, purpose, grantedAt: now })),
  );
  const audits = people.candidates.map((c) => ({
    at: now,
    actorUserId: null,
    action: 'candidate.create',
    entity: 'candidate',
    entityId: c.id,
    subjectUserId: c.userId,
    detail: { fields: Object.keys(c.profile), consents: c.consents, source: 'demo' },
  }));
  const vacancies = people.vacancies.map(({ id, ...v }) => ({
    id,
    employerId: v.employerId,
    occupationUri: v.occupationUri,
    country: v.country,
    track: v.track,
    posting: v,
    createdAt: now,
    updatedAt: now,
  }));
  const programmes = people.programmes.map(({ id, ...p }) => ({
    id,
    providerId: p.providerId,
    programme: p,
    createdAt: now,
    updatedAt: now,
  }));
  const modules = people.programmes.flatMap((p) =>
    p.modules.map((m, position) => ({
      id: `${p.id.slice(0, 24)}${String(position).padStart(12, '0')}`,
      programmeId: p.id,
      position,
      title: m.title,
      skills: m.skills,
      hours: m.hours,
    })),
  );
  for (const batch of chunks(candidates)) await tx.insert(candidate).values(batch);
  for (const batch of chunks(consents)) await tx.insert(candidateConsent).values(batch);
  for (const batch of chunks(audits)) await tx.insert(auditEvent).values(batch);
  for (const batch of chunks(vacancies)) await tx.insert(vacancy).values(batch);
  for (const batch of chunks(programmes)) await tx.insert(programme).values(batch);
  for (const batch of chunks(modules)) await tx.insert(programmeModule).values(batch);
}
