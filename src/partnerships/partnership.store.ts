import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { organisation } from '../accounts/accounts.schema.js';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { notFound } from '../shared/errors.js';
import {
  partnershipViolations,
  type KnownOrganisation,
  type PartnershipDraft,
} from './partnership.js';
import { partnership, partnershipParty } from './partnerships.schema.js';
import { rejectViolations } from './rule-violation.js';
import type { PartyRole } from './vocabulary.js';

/** A database handle or an open transaction. */
export type Tx = Pick<Database, 'insert' | 'select' | 'update' | 'delete'>;

/** Who changes what, when: every write is audited with it. */
export interface Change {
  actorUserId: string | null;
  now: Date;
}

/** A party with its organisation's name, kind and country, as presented. */
export interface PresentedParty {
  organisationId: string;
  name: string;
  kind: string;
  country: string;
  city: string;
  role: PartyRole;
  contacts: { name: string; email: string; function: string }[];
}

/** A stored partnership: the draft as written, its parties with their organisations. */
export interface PartnershipRecord extends Omit<PartnershipDraft, 'parties'> {
  id: string;
  parties: PresentedParty[];
  updatedAt: Date;
}

/** The organisations named among these ids, by id. */
export async function knownOrganisations(
  db: Tx,
  ids: string[],
): Promise<Map<string, KnownOrganisation>> {
  // Ids that are not UUIDs can name no organisation; keep them away from the uuid column.
  const uuids = [...new Set(ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)))];
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: organisation.id, kind: organisation.kind, country: organisation.country })
    .from(organisation)
    .where(inArray(organisation.id, uuids));
  return new Map(rows.map((r) => [r.id, r]));
}

async function checkDraft(db: Tx, draft: PartnershipDraft): Promise<void> {
  const ids = [
    ...draft.parties.map((p) => p.organisationId),
    ...draft.commitments.map((c) => c.organisationId),
  ];
  // Ids that are not UUIDs can name no organisation; keep them away from the uuid column.
  const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  rejectViolations(
    partnershipViolations(draft, await knownOrganisations(db, uuids)),
    'The partnership breaks its rules',
  );
}

function coreColumns(draft: PartnershipDraft) {
  const { parties: _parties, ...core } = draft;
  return core;
}

async function writeParties(tx: Tx, partnershipId: string, draft: PartnershipDraft) {
  await tx.delete(partnershipParty).where(eq(partnershipParty.partnershipId, partnershipId));
  if (draft.parties.length === 0) return;
  await tx.insert(partnershipParty).values(draft.parties.map((p) => ({ partnershipId, ...p })));
}

/** Validates and stores a new partnership with its parties; audited. Returns its id. */
export async function createPartnership(
  db: Database,
  draft: PartnershipDraft,
  change: Change,
  id: string = randomUUID(),
): Promise<string> {
  await db.transaction(async (tx) => {
    await insertPartnership(tx, id, draft, change);
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'partnership.create',
      entity: 'partnership',
      entityId: id,
      subjectUserId: null,
      detail: {
        parties: draft.parties.length,
        contacts: draft.parties.flatMap((p) => p.contacts).length,
      },
    });
  });
  return id;
}

/** Validates and inserts, inside a caller's transaction that audits it (workshop, demo). */
export async function insertPartnership(
  tx: Tx,
  id: string,
  draft: PartnershipDraft,
  change: Change,
): Promise<void> {
  await checkDraft(tx, draft);
  await tx
    .insert(partnership)
    .values({ id, ...coreColumns(draft), createdAt: change.now, updatedAt: change.now });
  await writeParties(tx, id, draft);
}

/** Replaces a partnership's terms and parties; audited. */
export async function updatePartnership(
  db: Database,
  id: string,
  draft: PartnershipDraft,
  change: Change,
) {
  await db.transaction(async (tx) => {
    await checkDraft(tx, draft);
    const updated = await tx
      .update(partnership)
      .set({ ...coreColumns(draft), updatedAt: change.now })
      .where(eq(partnership.id, id))
      .returning({ id: partnership.id });
    if (updated.length === 0) throw unknownPartnership();
    await writeParties(tx, id, draft);
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'partnership.update',
      entity: 'partnership',
      entityId: id,
      subjectUserId: null,
      detail: {
        fields: Object.keys(draft),
        contacts: draft.parties.flatMap((p) => p.contacts).length,
      },
    });
  });
}

export const unknownPartnership = () =>
  notFound('partnerships.unknown_partnership', 'There is no such partnership.');

async function partiesOf(db: Tx, partnershipIds: string[]): Promise<Map<string, PresentedParty[]>> {
  const byPartnership = new Map<string, PresentedParty[]>(partnershipIds.map((id) => [id, []]));
  if (partnershipIds.length === 0) return byPartnership;
  const rows = await db
    .select({
      partnershipId: partnershipParty.partnershipId,
      organisationId: partnershipParty.organisationId,
      role: partnershipParty.role,
      contacts: partnershipParty.contacts,
      name: organisation.name,
      kind: organisation.kind,
      country: organisation.country,
      city: organisation.city,
    })
    .from(partnershipParty)
    .innerJoin(organisation, eq(organisation.id, partnershipParty.organisationId))
    .where(inArray(partnershipParty.partnershipId, partnershipIds))
    .orderBy(asc(organisation.name), asc(partnershipParty.role));
  for (const { partnershipId, ...party } of rows) byPartnership.get(partnershipId)?.push(party);
  return byPartnership;
}

type PartnershipRow = typeof partnership.$inferSelect;

function toRecord(row: PartnershipRow, parties: PresentedParty[]): PartnershipRecord {
  return {
    id: row.id,
    title: row.title,
    type: row.type,
    status: row.status,
    summary: row.summary,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    corridors: row.corridors,
    occupations: row.occupations,
    tracks: row.tracks,
    quotas: row.quotas,
    commitments: row.commitments,
    parties,
    updatedAt: row.updatedAt,
  };
}

/** Every partnership with its parties, by title. */
export async function listPartnerships(db: Tx): Promise<PartnershipRecord[]> {
  const rows = await db
    .select()
    .from(partnership)
    .orderBy(asc(partnership.title), asc(partnership.id));
  const parties = await partiesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toRecord(r, parties.get(r.id) ?? []));
}

/** One partnership with its parties, or null. */
export async function findPartnership(db: Tx, id: string): Promise<PartnershipRecord | null> {
  const [row] = await db.select().from(partnership).where(eq(partnership.id, id));
  if (!row) return null;
  const parties = await partiesOf(db, [id]);
  return toRecord(row, parties.get(id) ?? []);
}

/** One partnership, or 404. */
export async function requirePartnership(db: Tx, id: string): Promise<PartnershipRecord> {
  const found = await findPartnership(db, id);
  if (!found) throw unknownPartnership();
  return found;
}

/** The draft a stored partnership was written from (to change and write back). */
export function draftOf(record: PartnershipRecord): PartnershipDraft {
  const { id: _id, updatedAt: _updatedAt, parties, ...core } = record;
  return {
    ...core,
    parties: parties.map(({ organisationId, role, contacts }) => ({
      organisationId,
      role,
      contacts,
    })),
  };
}
