import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { organisation } from '../../accounts/accounts.schema.js';
import { recordAudit } from '../../accounts/audit.store.js';
import type { Database } from '../../db/database.js';
import { programme, vacancy } from '../people.schema.js';
import type { Programme } from '../programmes/programme.js';
import type { Vacancy } from '../vacancies/vacancy.js';
import { conflict, notFound } from '../../shared/errors.js';
import { occupation as taxonomyOccupation } from '../../taxonomy/taxonomy.schema.js';
import { activeVersionId } from '../../taxonomy/taxonomy-index.store.js';
import type { Change, Tx } from '../../partnerships/partnership.store.js';
import { partnershipSlotLink } from './slot-link.schema.js';
import {
  LINK_TRANSITIONS,
  nextStatus,
  type LinkDecision,
  type LinkedSlot,
} from '../../partnerships/slot-link.js';
import type { LinkStatus, SlotKind } from '../../partnerships/vocabulary.js';

/** A vacancy or programme as a link proposal needs it: its owner, title and rule attributes. */
export interface SlotForLink {
  kind: SlotKind;
  id: string;
  title: string;
  ownerOrganisationId: string;
  slot: LinkedSlot;
}

/** A stored link with its slot's title and the proposing organisation's name. */
export interface SlotLinkRecord {
  id: string;
  partnershipId: string;
  slotKind: SlotKind;
  slotId: string;
  slotTitle: string;
  partyOrganisationId: string;
  partyName: string;
  occupation: string;
  status: LinkStatus;
  note: string;
  proposedAt: Date;
  decidedAt: Date | null;
}

/** The ISCO-08 unit group of an ESCO occupation in the active taxonomy version, if known. */
async function iscoCodeOf(db: Database, uri: string) {
  const versionId = await activeVersionId(db);
  if (!versionId) return null;
  const [row] = await db
    .select({ iscoCode: taxonomyOccupation.iscoCode })
    .from(taxonomyOccupation)
    .where(and(eq(taxonomyOccupation.versionId, versionId), eq(taxonomyOccupation.uri, uri)));
  return row?.iscoCode ?? null;
}

/** The vacancy or programme to link, or null when there is none with that id. */
export async function slotForLink(
  db: Database,
  kind: SlotKind,
  id: string,
): Promise<SlotForLink | null> {
  if (kind === 'vacancy') {
    const [row] = await db.select().from(vacancy).where(eq(vacancy.id, id));
    if (!row) return null;
    const v: Vacancy = row.posting;
    const iscoCode = await iscoCodeOf(db, v.occupationUri);
    return {
      kind,
      id,
      title: v.title,
      ownerOrganisationId: row.employerId,
      slot: { kind, country: v.country, track: v.track, occupationUri: v.occupationUri, iscoCode },
    };
  }
  const [row] = await db.select().from(programme).where(eq(programme.id, id));
  if (!row) return null;
  const p: Programme = row.programme;
  return {
    kind,
    id,
    title: p.title,
    ownerOrganisationId: row.providerId,
    slot: { kind, country: p.country ?? null },
  };
}

const openLinkExists = () =>
  conflict(
    'partnerships.link_exists',
    'This vacancy or programme already has a proposed or accepted link to the partnership.',
  );

/** Stores a proposed link with its audit event; 409 when the slot already has an open one. */
export async function proposeLink(
  db: Database,
  partnershipId: string,
  slot: SlotForLink,
  terms: { occupation: string; note: string },
  change: Change,
): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const open = await tx
      .select({ id: partnershipSlotLink.id })
      .from(partnershipSlotLink)
      .where(
        and(
          eq(partnershipSlotLink.partnershipId, partnershipId),
          eq(
            slot.kind === 'vacancy'
              ? partnershipSlotLink.vacancyId
              : partnershipSlotLink.programmeId,
            slot.id,
          ),
          inArray(partnershipSlotLink.status, ['proposed', 'accepted']),
        ),
      );
    if (open.length > 0) throw openLinkExists();
    await insertLink(tx, id, partnershipId, slot, terms, change);
  });
  return id;
}

/** Inserts a proposed link and audits it, inside the caller's transaction (the demo's too). */
export async function insertLink(
  tx: Tx,
  id: string,
  partnershipId: string,
  slot: Pick<SlotForLink, 'kind' | 'id' | 'ownerOrganisationId'>,
  terms: { occupation: string; note: string },
  change: Change,
): Promise<void> {
  await tx.insert(partnershipSlotLink).values({
    id,
    partnershipId,
    slotKind: slot.kind,
    vacancyId: slot.kind === 'vacancy' ? slot.id : null,
    programmeId: slot.kind === 'programme' ? slot.id : null,
    partyOrganisationId: slot.ownerOrganisationId,
    occupation: terms.occupation,
    status: 'proposed',
    note: terms.note,
    proposedBy: change.actorUserId,
    proposedAt: change.now,
  });
  await recordAudit(tx, {
    at: change.now,
    actorUserId: change.actorUserId,
    action: 'partnership.link_propose',
    entity: 'partnership_slot_link',
    entityId: id,
    subjectUserId: null,
    detail: { partnershipId, slotKind: slot.kind, slotId: slot.id, occupation: terms.occupation },
  });
}

export const unknownLink = () =>
  notFound('partnerships.unknown_link', 'There is no such link in this partnership.');

/**
 * Accepts, rejects or withdraws a link, with its audit event, in one transaction; 409 when its
 * status no longer allows the decision.
 */
export async function decideLink(
  db: Database,
  link: Pick<SlotLinkRecord, 'id' | 'partnershipId' | 'status'>,
  decision: LinkDecision,
  note: string | undefined,
  change: Change,
): Promise<void> {
  await db.transaction((tx) => applyDecision(tx, link, decision, note, change));
}

/**
 * The decision inside a caller's transaction (the demo's too): the update only applies to the
 * status the link was read in, so two concurrent decisions cannot both pass.
 */
export async function applyDecision(
  tx: Tx,
  link: Pick<SlotLinkRecord, 'id' | 'partnershipId' | 'status'>,
  decision: LinkDecision,
  note: string | undefined,
  change: Change,
): Promise<void> {
  const status = nextStatus(link.status, decision);
  const refused = () =>
    conflict(
      'partnerships.link_not_open',
      `A ${link.status} link cannot be ${LINK_TRANSITIONS[decision].to}.`,
    );
  if (!status) throw refused();
  const updated = await tx
    .update(partnershipSlotLink)
    .set({
      status,
      decidedBy: change.actorUserId,
      decidedAt: change.now,
      ...(note === undefined ? {} : { note }),
    })
    .where(and(eq(partnershipSlotLink.id, link.id), eq(partnershipSlotLink.status, link.status)))
    .returning({ id: partnershipSlotLink.id });
  if (updated.length === 0) throw refused();
  await recordAudit(tx, {
    at: change.now,
    actorUserId: change.actorUserId,
    action: `partnership.link_${decision}`,
    entity: 'partnership_slot_link',
    entityId: link.id,
    subjectUserId: null,
    detail: { partnershipId: link.partnershipId, from: link.status, to: status },
  });
}

/** The partnership's links, optionally of some statuses, with titles; by proposal time. */
export async function listLinks(
  db: Tx,
  partnershipId: string,
  statuses?: readonly LinkStatus[],
): Promise<SlotLinkRecord[]> {
  const rows = await db
    .select({
      link: partnershipSlotLink,
      partyName: organisation.name,
      vacancyTitle: vacancy.posting,
      programmeTitle: programme.programme,
    })
    .from(partnershipSlotLink)
    .innerJoin(organisation, eq(organisation.id, partnershipSlotLink.partyOrganisationId))
    .leftJoin(vacancy, eq(vacancy.id, partnershipSlotLink.vacancyId))
    .leftJoin(programme, eq(programme.id, partnershipSlotLink.programmeId))
    .where(
      and(
        eq(partnershipSlotLink.partnershipId, partnershipId),
        statuses ? inArray(partnershipSlotLink.status, [...statuses]) : undefined,
      ),
    )
    .orderBy(asc(partnershipSlotLink.proposedAt), asc(partnershipSlotLink.id));
  return rows.map(({ link, partyName, vacancyTitle, programmeTitle }) => ({
    id: link.id,
    partnershipId: link.partnershipId,
    slotKind: link.slotKind,
    slotId: (link.vacancyId ?? link.programmeId)!,
    slotTitle: vacancyTitle?.title ?? programmeTitle?.title ?? '',
    partyOrganisationId: link.partyOrganisationId,
    partyName,
    occupation: link.occupation,
    status: link.status,
    note: link.note,
    proposedAt: link.proposedAt,
    decidedAt: link.decidedAt,
  }));
}

/** One link of the partnership, or 404. */
export async function requireLink(
  db: Tx,
  partnershipId: string,
  linkId: string,
): Promise<SlotLinkRecord> {
  const all = await listLinks(db, partnershipId);
  const found = all.find((l) => l.id === linkId);
  if (!found) throw unknownLink();
  return found;
}

/** The partnerships a programme is linked to: its links a coordinator accepted, by id. */
export async function partnershipsOfProgramme(
  db: Pick<Database, 'select'>,
  programmeId: string,
): Promise<string[]> {
  const rows = await db
    .select({ partnershipId: partnershipSlotLink.partnershipId })
    .from(partnershipSlotLink)
    .where(
      and(
        eq(partnershipSlotLink.programmeId, programmeId),
        eq(partnershipSlotLink.status, 'accepted'),
      ),
    );
  return [...new Set(rows.map((r) => r.partnershipId))].sort();
}
