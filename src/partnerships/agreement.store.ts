import { createHash, randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { invalid, notFound } from '../shared/errors.js';
import { agreementViolations, type Agreement, type DocumentMetadata } from './agreement.js';
import type { PartnershipSources } from './partnership-sources.js';
import type { Change, PartnershipRecord, Tx } from './partnership.store.js';
import { partnershipAgreement, partnershipDocument } from './partnerships.schema.js';
import { rejectViolations } from './rule-violation.js';

/** An uploaded agreement document, as sent: a file name, media type and base64 content. */
export interface DocumentUpload {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

/** Largest document kept in the database (larger files belong in an object store). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export interface StoredAgreement extends Agreement {
  id: string;
  document: DocumentMetadata | null;
}

function documentMetadata(upload: DocumentUpload): DocumentMetadata {
  const bytes = Buffer.from(upload.contentBase64, 'base64');
  if (bytes.length === 0)
    throw invalid(
      'partnerships.empty_document',
      'document.contentBase64',
      'is empty or not base64',
    );
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw invalid(
      'partnerships.document_too_large',
      'document.contentBase64',
      `must be at most ${MAX_DOCUMENT_BYTES} bytes`,
    );
  }
  return {
    fileName: upload.fileName,
    mediaType: upload.mediaType,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/**
 * Validates and stores an agreement of a partnership, with its document if any; audited. The
 * recognition agreements a clause may cite are read through `sources`.
 */
export async function addAgreement(
  db: Database,
  owner: PartnershipRecord,
  agreement: Agreement,
  upload: DocumentUpload | null,
  change: Change,
  sources: Pick<PartnershipSources, 'recognitionAgreementIds'>,
): Promise<string> {
  const id = randomUUID();
  const document = upload ? documentMetadata(upload) : null;
  await db.transaction(async (tx) => {
    rejectViolations(
      agreementViolations(agreement, {
        partyIds: new Set(owner.parties.map((p) => p.organisationId)),
        recognitionAgreementIds: await sources.recognitionAgreementIds(tx),
      }),
      'The agreement breaks its rules',
    );
    await tx
      .insert(partnershipAgreement)
      .values({ id, partnershipId: owner.id, ...agreement, document, createdAt: change.now });
    if (upload)
      await tx
        .insert(partnershipDocument)
        .values({ agreementId: id, contentBase64: upload.contentBase64 });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'partnership.addAgreement',
      entity: 'partnership_agreement',
      entityId: id,
      subjectUserId: null,
      detail: {
        partnershipId: owner.id,
        clauses: agreement.clauses.length,
        document: document?.sha256 ?? null,
      },
    });
  });
  return id;
}

/** A partnership's agreements, by date of signature. */
export async function agreementsOf(db: Tx, partnershipId: string): Promise<StoredAgreement[]> {
  const rows = await db
    .select()
    .from(partnershipAgreement)
    .where(eq(partnershipAgreement.partnershipId, partnershipId))
    .orderBy(asc(partnershipAgreement.signedOn), asc(partnershipAgreement.title));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    signedOn: r.signedOn,
    effectiveFrom: r.effectiveFrom,
    reviewOn: r.reviewOn,
    expiresOn: r.expiresOn,
    clauses: r.clauses,
    document: r.document,
  }));
}

/** The uploaded document of an agreement, or 404. */
export async function agreementDocument(db: Tx, partnershipId: string, agreementId: string) {
  const [row] = await db
    .select({ document: partnershipAgreement.document, content: partnershipDocument.contentBase64 })
    .from(partnershipAgreement)
    .innerJoin(partnershipDocument, eq(partnershipDocument.agreementId, partnershipAgreement.id))
    .where(
      and(
        eq(partnershipAgreement.id, agreementId),
        eq(partnershipAgreement.partnershipId, partnershipId),
      ),
    );
  if (!row?.document)
    throw notFound('partnerships.no_document', 'This agreement has no uploaded document.');
  return { metadata: row.document, bytes: Buffer.from(row.content, 'base64') };
}
