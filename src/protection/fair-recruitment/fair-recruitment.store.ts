import { eq, inArray } from 'drizzle-orm';
import { organisation } from '../../accounts/accounts.schema.js';
import { recordAudit } from '../../accounts/audit.store.js';
import type { Database } from '../../db/database.js';
import type { Change, Tx } from '../../partnerships/partnership.store.js';
import type { FairRecruitmentRules } from './fair-recruitment-rules.js';
import { fairRecruitmentRules } from './fair-recruitment.schema.js';

/** The partnership's stored fair-recruitment rules, or null when it declared none. */
export async function readRules(
  db: Tx,
  partnershipId: string,
): Promise<FairRecruitmentRules | null> {
  const [row] = await db
    .select()
    .from(fairRecruitmentRules)
    .where(eq(fairRecruitmentRules.partnershipId, partnershipId));
  return row ? { employerPays: row.employerPays, tolerances: row.tolerances } : null;
}

/** Stores the partnership's fair-recruitment rules (audited). */
export async function saveRules(
  db: Database,
  partnershipId: string,
  rules: FairRecruitmentRules,
  change: Change,
): Promise<void> {
  await db.transaction(async (tx) => {
    const values = {
      employerPays: [...rules.employerPays],
      tolerances: rules.tolerances,
      updatedBy: change.actorUserId,
      updatedAt: change.now,
    };
    await tx
      .insert(fairRecruitmentRules)
      .values({ partnershipId, ...values })
      .onConflictDoUpdate({ target: fairRecruitmentRules.partnershipId, set: values });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'fair_recruitment.rules_set',
      entity: 'fair_recruitment_rules',
      entityId: partnershipId,
      subjectUserId: null,
      detail: { employerPays: rules.employerPays, tolerances: rules.tolerances },
    });
  });
}

/** Names of organisations by id. */
export async function organisationNames(
  db: Tx,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(inArray(organisation.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
