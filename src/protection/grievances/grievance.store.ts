import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { organisation } from '../../accounts/accounts.schema.js';
import type { Database } from '../../db/database.js';
import { knownOrganisations, type Tx } from '../../partnerships/partnership.store.js';
import { partnership, partnershipParty } from '../../partnerships/partnerships.schema.js';
import { notFound, unprocessable, type FieldProblem } from '../../shared/errors.js';
import { grievance, grievanceAttachment } from '../protection.schema.js';
import {
  attachmentViolations,
  sniffAttachmentType,
  type AttachmentUpload,
} from './grievance-attachment.js';
import {
  newReceiptCode,
  open,
  openText,
  receiptHash,
  seal,
  type GrievanceKeyring,
} from './grievance-cipher.service.js';
import { routeGrievance, type ResponsibleBody } from './grievance-routing.js';
import { routingRulesOf } from './grievance-routing.store.js';
import {
  attachmentContext,
  narrativeContext,
  recordStep,
  type GrievanceRow,
} from './grievance-events.store.js';
import type { FilerKind, GrievanceTopic } from './grievance-vocabulary.js';

/** What is filed. */
export interface GrievanceFiling {
  topic: GrievanceTopic;
  narrative: string;
  country: string;
  concernedOrganisationId: string | null;
  partnershipId: string | null;
  occurredFrom: string | null;
  occurredTo: string | null;
  attachments: AttachmentUpload[];
}

/** Who files: an account (self, on behalf, as a representative) or no one known. */
export type Filer =
  | { kind: 'anonymous' }
  | {
      kind: Exclude<FilerKind, 'anonymous'>;
      userId: string;
      personUserId: string | null;
      representativeOrganisationId: string | null;
    };

/** What the services of this area need: the database, the keys and the clock's reading. */
export interface GrievanceContext {
  db: Database;
  keyring: GrievanceKeyring;
  now: Date;
}

/**
 * The partnership a case names no partnership for falls to: the first active one (by title) with
 * a corridor through the country where it happened.
 */
async function partnershipOfCountry(tx: Tx, country: string): Promise<string | null> {
  const rows = await tx
    .select({ id: partnership.id, corridors: partnership.corridors })
    .from(partnership)
    .where(eq(partnership.status, 'active'))
    .orderBy(asc(partnership.title), asc(partnership.id));
  const found = rows.find((p) =>
    p.corridors.some((c) => c.origin === country || c.destination === country),
  );
  return found?.id ?? null;
}

/** The partnership's coordinating party, the body of last resort when no rule matches. */
async function coordinatorOf(
  tx: Tx,
  partnershipId: string | null,
): Promise<ResponsibleBody | null> {
  if (!partnershipId) return null;
  const parties = await tx
    .select({ organisationId: partnershipParty.organisationId, role: partnershipParty.role })
    .from(partnershipParty)
    .where(eq(partnershipParty.partnershipId, partnershipId));
  const order = ['signatory', 'implementer'];
  const party = parties
    .filter((p) => order.includes(p.role))
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role))[0];
  return party ? { kind: 'coordinator', organisationId: party.organisationId } : null;
}

async function filingViolations(tx: Tx, f: GrievanceFiling, filer: Filer): Promise<FieldProblem[]> {
  const ids = [
    f.concernedOrganisationId,
    filer.kind === 'anonymous' ? null : filer.representativeOrganisationId,
  ].filter((id): id is string => id !== null);
  const known = await knownOrganisations(tx, ids);
  const problems = attachmentViolations(f.attachments);
  if (f.concernedOrganisationId && !known.has(f.concernedOrganisationId)) {
    problems.push({ field: 'concernedOrganisationId', reason: 'is not an organisation' });
  }
  if (filer.kind !== 'anonymous' && filer.representativeOrganisationId) {
    if (known.get(filer.representativeOrganisationId)?.kind !== 'workers_organisation') {
      problems.push({
        field: 'representativeOrganisationId',
        reason: 'is not a workers’ organisation',
      });
    }
  }
  if (f.occurredFrom && f.occurredTo && f.occurredTo < f.occurredFrom) {
    problems.push({ field: 'occurredTo', reason: 'is before occurredFrom' });
  }
  return problems;
}

/**
 * Files a grievance: checks it, routes it by the partnership's rules, encrypts the narrative and
 * attachments, and returns its id with the receipt code (shown once, stored only as a hash).
 */
export async function fileGrievance(
  ctx: GrievanceContext,
  f: GrievanceFiling,
  filer: Filer,
): Promise<{ id: string; receiptCode: string }> {
  const id = randomUUID();
  const receiptCode = newReceiptCode();
  await ctx.db.transaction(async (tx) => {
    const problems = await filingViolations(tx, f, filer);
    if (problems.length > 0) {
      throw unprocessable(
        'grievance.invalid_filing',
        'The grievance cannot be filed as sent',
        problems,
      );
    }
    const partnershipId = f.partnershipId ?? (await partnershipOfCountry(tx, f.country));
    const rules = partnershipId ? await routingRulesOf(tx, partnershipId) : [];
    const routed = routeGrievance(
      { topic: f.topic, country: f.country, concernedOrganisationId: f.concernedOrganisationId },
      rules,
      await coordinatorOf(tx, partnershipId),
      ctx.now,
    );
    const narrative = seal(ctx.keyring, f.narrative, narrativeContext(id));
    const known = filer.kind === 'anonymous' ? null : filer;
    const row = {
      id,
      receiptHash: receiptHash(receiptCode),
      filerKind: filer.kind,
      filedByUserId: known?.userId ?? null,
      personUserId: known?.personUserId ?? null,
      representativeOrganisationId: known?.representativeOrganisationId ?? null,
      // A representative files with the person's consent: the case is shared with their organisation.
      sharedAt: known?.representativeOrganisationId ? ctx.now : null,
      topic: f.topic,
      concernedOrganisationId: f.concernedOrganisationId,
      partnershipId,
      country: f.country,
      occurredFrom: f.occurredFrom,
      occurredTo: f.occurredTo,
      status: 'filed' as const,
      handlerKind: routed?.body.kind ?? null,
      handlerOrganisationId: routed?.body.organisationId ?? null,
      routeStep: 0,
      acknowledgeBy: routed?.acknowledgeBy ?? null,
      resolveBy: routed?.resolveBy ?? null,
      narrativeCipher: narrative.cipher,
      keyId: narrative.keyId,
      filedAt: ctx.now,
      updatedAt: ctx.now,
    };
    await tx.insert(grievance).values(row);
    for (const file of f.attachments) await insertAttachment(tx, ctx, id, file);
    const actorUserId = known?.userId ?? null;
    await recordStep(tx, ctx.keyring, row, {
      kind: 'filed',
      at: ctx.now,
      actorUserId,
      detail: { filerKind: filer.kind, topic: f.topic, attachments: f.attachments.length },
    });
    if (routed) {
      await recordStep(tx, ctx.keyring, row, {
        kind: 'routed',
        at: ctx.now,
        actorUserId: null,
        body: routed.body,
      });
    }
  });
  return { id, receiptCode };
}

async function insertAttachment(tx: Tx, ctx: GrievanceContext, id: string, file: AttachmentUpload) {
  const attachmentId = randomUUID();
  const name = seal(ctx.keyring, file.name, attachmentContext(id, attachmentId, 'name'));
  const content = seal(
    ctx.keyring,
    Buffer.from(file.content),
    attachmentContext(id, attachmentId, 'content'),
  );
  await tx.insert(grievanceAttachment).values({
    id: attachmentId,
    grievanceId: id,
    mediaType: sniffAttachmentType(file.content) ?? 'application/octet-stream',
    size: file.content.length,
    nameCipher: name.cipher,
    contentCipher: content.cipher,
    keyId: content.keyId,
    addedAt: ctx.now,
  });
}

/** A grievance by id, or 404. */
export async function requireGrievance(db: Tx, id: string): Promise<GrievanceRow> {
  const [row] = await db.select().from(grievance).where(eq(grievance.id, id));
  if (!row) throw notFound('grievance.not_found', 'There is no such grievance.');
  return row;
}

/** The grievance a receipt code follows, or 404 (the same answer for any wrong code). */
export async function grievanceByReceipt(db: Tx, code: string): Promise<GrievanceRow> {
  const [row] = await db
    .select()
    .from(grievance)
    .where(eq(grievance.receiptHash, receiptHash(code)));
  if (!row) throw notFound('grievance.not_found', 'No grievance has this receipt code.');
  return row;
}

/**
 * The grievances an account may see in some way: its own, those its organisations handle, those
 * shared with them, and those against them (disclosed parts only). The presenter picks the view.
 */
export async function grievancesVisibleTo(
  db: Tx,
  userId: string,
  organisationIds: readonly string[],
): Promise<GrievanceRow[]> {
  const orgs =
    organisationIds.length > 0 ? [...organisationIds] : ['00000000-0000-0000-0000-000000000000'];
  return db
    .select()
    .from(grievance)
    .where(
      or(
        eq(grievance.personUserId, userId),
        eq(grievance.filedByUserId, userId),
        inArray(grievance.handlerOrganisationId, orgs),
        and(isNotNull(grievance.sharedAt), inArray(grievance.representativeOrganisationId, orgs)),
        inArray(grievance.concernedOrganisationId, orgs),
      ),
    )
    .orderBy(asc(grievance.filedAt));
}

/** The attachments of a grievance with their names decrypted (content stays sealed). */
export async function attachmentsOf(db: Tx, keyring: GrievanceKeyring, id: string) {
  const rows = await db
    .select({
      id: grievanceAttachment.id,
      mediaType: grievanceAttachment.mediaType,
      size: grievanceAttachment.size,
      nameCipher: grievanceAttachment.nameCipher,
      keyId: grievanceAttachment.keyId,
    })
    .from(grievanceAttachment)
    .where(eq(grievanceAttachment.grievanceId, id))
    .orderBy(asc(grievanceAttachment.addedAt), asc(grievanceAttachment.id));
  return rows.map((r) => ({
    id: r.id,
    mediaType: r.mediaType,
    size: r.size,
    name: openText(
      keyring,
      { cipher: r.nameCipher, keyId: r.keyId },
      attachmentContext(id, r.id, 'name'),
    ),
  }));
}

/** One attachment's content, decrypted, or 404. */
export async function attachmentContent(
  db: Tx,
  keyring: GrievanceKeyring,
  id: string,
  attachmentId: string,
) {
  const [row] = await db
    .select()
    .from(grievanceAttachment)
    .where(and(eq(grievanceAttachment.grievanceId, id), eq(grievanceAttachment.id, attachmentId)));
  if (!row) throw notFound('grievance.unknown_attachment', 'There is no such attachment.');
  const sealed = (cipher: string) => ({ cipher, keyId: row.keyId });
  return {
    mediaType: row.mediaType,
    name: openText(keyring, sealed(row.nameCipher), attachmentContext(id, row.id, 'name')),
    content: open(keyring, sealed(row.contentCipher), attachmentContext(id, row.id, 'content')),
  };
}

/** Organisation names by id, for presenting bodies. */
export async function organisationNames(
  db: Tx,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const uuids = [...new Set(ids)];
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(inArray(organisation.id, uuids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
