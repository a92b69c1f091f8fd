import { and, eq, inArray } from 'drizzle-orm';
import { auditEvent } from '../../accounts/accounts.schema.js';
import type { DemoOrganisation } from '../../demo/organisations.js';
import type { DemoUser } from '../../demo/people.js';
import type { DemoScale } from '../../demo/scale.js';
import { occupationSkill, skill, taxonomyVersion } from '../../taxonomy/taxonomy.schema.js';
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
import { demoLinks, demoOccupationsOfParties, type DemoLink } from './cohort-demo-links.js';
import type { Tx } from '../../partnerships/partnership.store.js';
import { applyDecision, insertLink } from '../slot-links/slot-link.store.js';
import { createRandom } from '../../demo/random.js';

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
    .select({
      occupationUri: occupationSkill.occupationUri,
      skillUri: occupationSkill.skillUri,
      relation: occupationSkill.relation,
      label: skill.preferredLabel,
    })
    .from(occupationSkill)
    .leftJoin(
      skill,
      and(eq(skill.versionId, occupationSkill.versionId), eq(skill.uri, occupationSkill.skillUri)),
    )
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
    const labels = Object.fromEntries(of.flatMap((r) => (r.label ? [[r.skillUri, r.label]] : [])));
    return {
      occupationUri: o.uri,
      essential: uris('essential'),
      optional: uris('optional'),
      labels,
    };
  });
}

/** The people section for a demo dataset: its candidate users get profiles. */
export function demoPeopleOf(
  dataset: { seed: number; scale: DemoScale; organisations: DemoOrganisation[]; users: DemoUser[] },
  relations: readonly OccupationSkills[],
): DemoPeople & { links: DemoLink[] } {
  const orgs = new Map(dataset.organisations.map((o) => [o.id, o]));
  const accountHolders = dataset.users.flatMap((u) => {
    const home = u.memberships.find((m) => m.role === 'candidate');
    const org = home && orgs.get(home.organisationId);
    return org ? [{ userId: u.id, name: u.displayName, country: org.country }] : [];
  });
  // Employers and providers that are parties of a demo partnership post in its priority
  // occupations; their vacancies and programmes are then linked to it (proposed, accepted).
  const partnerships = generateDemoPartnerships(dataset.organisations, dataset.seed);
  const occupationsOf = demoOccupationsOfParties(
    partnerships,
    relations.map((r) => r.occupationUri),
  );
  const ofKind = (kind: string) =>
    dataset.organisations
      .filter((o) => o.kind === kind)
      .map((o) => ({ ...o, occupationUris: occupationsOf.get(o.id) }));
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
  const links = demoLinks(people, partnerships, (p) => programmeOccupation(p, relations));
  // The posting's own partnership field follows its accepted link (the matching filters read it).
  const linked = new Map(links.map((l) => [l.slotId, l.partnershipId]));
  const withLink = <T extends { id: string }>(x: T) => {
    const id = linked.get(x.id);
    return id === undefined ? x : { ...x, partnershipId: id };
  };
  return {
    ...people,
    vacancies: people.vacancies.map(withLink),
    programmes: people.programmes.map(withLink),
    links,
  };
}

/** The occupation a demo programme was drawn from: the one whose essentials its modules teach. */
function programmeOccupation(
  p: { modules?: readonly { skills: readonly string[] }[] },
  relations: readonly OccupationSkills[],
): string | undefined {
  const taught = (p.modules ?? []).flatMap((m) => m.skills);
  let best: { uri: string; overlap: number } | undefined;
  for (const r of relations) {
    const essential = new Set(r.essential);
    const overlap = taught.filter((s) => essential.has(s)).length;
    if (overlap > (best?.overlap ?? 0)) best = { uri: r.occupationUri, overlap };
  }
  return best?.uri;
}

/** Proposes and accepts the demo's links through the links' own store (each audited). */
async function insertDemoLinks(tx: Tx, links: readonly DemoLink[], seed: number, now: Date) {
  const random = createRandom(seed ^ 0x11c5);
  const change = { actorUserId: null, now };
  for (const link of links) {
    const id = random.uuid();
    const slot = {
      kind: link.kind,
      id: link.slotId,
      ownerOrganisationId: link.ownerOrganisationId,
    };
    await insertLink(
      tx,
      id,
      link.partnershipId,
      slot,
      { occupation: link.occupation, note: '' },
      change,
    );
    const proposed = { id, partnershipId: link.partnershipId, status: 'proposed' as const };
    await applyDecision(tx, proposed, 'accept', undefined, change);
  }
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
  await insertDemoLinks(tx, people.links, dataset.seed, now);
}
