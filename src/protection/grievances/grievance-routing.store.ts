import { and, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import { recordAudit } from '../../accounts/audit.store.js';
import type { Database } from '../../db/database.js';
import {
  findPartnership,
  knownOrganisations,
  type Tx,
} from '../../partnerships/partnership.store.js';
import { unprocessable } from '../../shared/errors.js';
import { grievance, grievanceRouting } from '../protection.schema.js';
import type { GrievanceKeyring } from './grievance-cipher.service.js';
import { escalate, routingRuleViolations, type RoutingRule } from './grievance-routing.js';
import { recordStep } from './grievance-events.store.js';
import { withinRetaliationWindow } from './grievance-workflow.js';
import type { GrievanceStatus } from './grievance-vocabulary.js';

/** A partnership's routing rules (none → grievances go to its coordinator). */
export async function routingRulesOf(db: Tx, partnershipId: string): Promise<RoutingRule[]> {
  const [row] = await db
    .select({ rules: grievanceRouting.rules })
    .from(grievanceRouting)
    .where(eq(grievanceRouting.partnershipId, partnershipId));
  return row?.rules ?? [];
}

/** Replaces a partnership's routing rules after checking them (422 naming each bad field). */
export async function setRoutingRules(
  db: Database,
  partnershipId: string,
  rules: RoutingRule[],
  change: { actorUserId: string | null; now: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    const ids = rules.flatMap((r) => [
      ...r.organisationIds,
      ...r.bodies.map((b) => b.organisationId),
    ]);
    const known = await knownOrganisations(tx, ids);
    const record = await findPartnership(tx, partnershipId);
    const reach = {
      parties: new Set(record?.parties.map((p) => p.organisationId) ?? []),
      countries: new Set(record?.corridors.flatMap((c) => [c.origin, c.destination]) ?? []),
    };
    const problems = routingRuleViolations(rules, known, reach);
    if (problems.length > 0) {
      throw unprocessable(
        'grievance.invalid_routing',
        'The routing rules break their rules',
        problems,
      );
    }
    await tx
      .insert(grievanceRouting)
      .values({ partnershipId, rules, updatedAt: change.now })
      .onConflictDoUpdate({
        target: grievanceRouting.partnershipId,
        set: { rules, updatedAt: change.now },
      });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'grievance.setRouting',
      entity: 'partnership',
      entityId: partnershipId,
      subjectUserId: null,
      detail: { rules: rules.length },
    });
  });
}

const OPEN_STATUSES: GrievanceStatus[] = [
  'filed',
  'acknowledged',
  'awaiting_information',
  'in_mediation',
];

/** What one run of escalation did. */
export interface EscalationReport {
  checked: number;
  escalated: { id: string; missed: string; toOrganisationId: string }[];
  /** Overdue cases whose chain has no body left: they stay with the last one. */
  exhausted: { id: string; missed: string }[];
}

/**
 * Runs escalation over every open case now (`passerelle grievances route`, the escalation route):
 * a case past a deadline moves to the next body of its rule's chain.
 */
export async function runEscalation(
  db: Database,
  keyring: GrievanceKeyring,
  now: Date,
): Promise<EscalationReport> {
  const report: EscalationReport = { checked: 0, escalated: [], exhausted: [] };
  await db.transaction(async (tx) => {
    const open = await tx.select().from(grievance).where(inArray(grievance.status, OPEN_STATUSES));
    const rulesByPartnership = new Map<string, RoutingRule[]>();
    for (const g of open) {
      report.checked += 1;
      const key = g.partnershipId ?? '';
      if (!rulesByPartnership.has(key)) {
        rulesByPartnership.set(
          key,
          g.partnershipId ? await routingRulesOf(tx, g.partnershipId) : [],
        );
      }
      const decision = escalate(g, rulesByPartnership.get(key) ?? [], now);
      if (decision.kind === 'exhausted')
        report.exhausted.push({ id: g.id, missed: decision.missed });
      if (decision.kind !== 'escalate') continue;
      const to = decision.to;
      await tx
        .update(grievance)
        .set({
          status: 'filed',
          handlerKind: to.body.kind,
          handlerOrganisationId: to.body.organisationId,
          routeStep: to.step,
          acknowledgeBy: to.acknowledgeBy,
          resolveBy: to.resolveBy,
          acknowledgedAt: null,
          updatedAt: now,
        })
        .where(eq(grievance.id, g.id));
      await recordStep(tx, keyring, g, {
        kind: 'escalated',
        at: now,
        actorUserId: null,
        body: to.body,
        detail: { missed: decision.missed, step: to.step },
      });
      report.escalated.push({
        id: g.id,
        missed: decision.missed,
        toOrganisationId: to.body.organisationId,
      });
    }
  });
  return report;
}

/** A later event in a person's journey that may be retaliation for a grievance. */
export interface JourneyExit {
  kind: 'dismissal' | 'exit';
  on: Date;
}

/**
 * Links a dismissal or exit of a person to their grievances filed within the 6 months before it,
 * flagging them for their handlers (docs/protection.md#retaliation). The journeys area calls this
 * when it records an exit; anonymous cases have no person and are never linked. Returns the ids
 * of the grievances flagged.
 */
export async function linkRetaliation(
  db: Database,
  keyring: GrievanceKeyring,
  personUserId: string,
  event: JourneyExit,
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const windowStart = new Date(event.on);
    windowStart.setUTCMonth(windowStart.getUTCMonth() - 6);
    const rows = await tx
      .select()
      .from(grievance)
      .where(
        and(
          eq(grievance.personUserId, personUserId),
          gte(grievance.filedAt, windowStart),
          lte(grievance.filedAt, event.on),
        ),
      );
    const linked = rows.filter((g) => withinRetaliationWindow(g.filedAt, event.on));
    for (const g of linked) {
      await tx
        .update(grievance)
        .set({ retaliationFlaggedAt: event.on, updatedAt: event.on })
        .where(eq(grievance.id, g.id));
      await recordStep(tx, keyring, g, {
        kind: 'retaliation_linked',
        at: event.on,
        actorUserId: null,
        detail: { exit: event.kind },
      });
    }
    return linked.map((g) => g.id);
  });
}

/** Grievance counts per corridor country, topic and status (the statistics route suppresses small ones). */
export async function grievanceCounts(db: Tx, countries: readonly string[] | 'all') {
  if (countries !== 'all' && countries.length === 0) return [];
  const rows = await db
    .select({
      country: grievance.country,
      topic: grievance.topic,
      status: grievance.status,
      retaliation: grievance.retaliationFlaggedAt,
      partnershipId: grievance.partnershipId,
    })
    .from(grievance)
    .where(
      countries === 'all'
        ? isNotNull(grievance.filedAt)
        : inArray(grievance.country, [...countries]),
    );
  return rows;
}
