import type { Actor } from '../../accounts/actor.js';
import type { Tx } from '../../partnerships/partnership.store.js';
import { notFound } from '../../shared/errors.js';
import { can, type GrievanceResource } from '../protection.policy.js';
import type { GrievanceKeyring } from './grievance-cipher.service.js';
import { grievanceEvents, type GrievanceRow } from './grievance-events.store.js';
import { presentGrievance, type GrievanceView } from './grievance.presenters.js';
import { attachmentsOf, organisationNames } from './grievance.store.js';
import { canAppeal } from './grievance-workflow.js';

/** The policy's view of a grievance. */
export const asGrievanceResource = (g: GrievanceRow): GrievanceResource => ({
  personUserId: g.personUserId,
  filedByUserId: g.filedByUserId,
  handlerOrganisationId: g.handlerOrganisationId,
  sharedWithOrganisationId: g.sharedAt ? g.representativeOrganisationId : null,
  concernedOrganisationId: g.concernedOrganisationId,
});

/** How much of a case the actor may see; 404 when nothing (hidden like a missing case). */
export function viewOf(actor: Actor, g: GrievanceRow): GrievanceView {
  const resource = asGrievanceResource(g);
  if (can(actor, 'grievance.read', resource)) return 'full';
  if (can(actor, 'grievance.readDisclosed', resource)) return 'disclosed';
  throw notFound('grievance.not_found', 'There is no such grievance.');
}

/** Every organisation a case names, for presenting them. */
const organisationIdsOf = (g: GrievanceRow, events: { bodyOrganisationId: string | null }[]) =>
  [
    g.handlerOrganisationId,
    g.concernedOrganisationId,
    ...events.map((e) => e.bodyOrganisationId),
  ].filter((id): id is string => id !== null);

/**
 * A case presented for its reader: an actor (whose rights pick the view) or the holder of its
 * receipt code (the person, full view, who may appeal).
 */
export async function readGrievance(
  db: Tx,
  keyring: GrievanceKeyring,
  g: GrievanceRow,
  reader: Actor | 'receipt',
  now: Date,
) {
  const view = reader === 'receipt' ? 'full' : viewOf(reader, g);
  const events = await grievanceEvents(db, g.id);
  const attachments = view === 'full' ? await attachmentsOf(db, keyring, g.id) : [];
  const names = await organisationNames(db, organisationIdsOf(g, events));
  const resource = asGrievanceResource(g);
  const rights =
    reader === 'receipt'
      ? { handle: false, share: false, appeal: canAppeal(g.status) }
      : {
          handle: can(reader, 'grievance.handle', resource),
          share: can(reader, 'grievance.share', resource),
          appeal: can(reader, 'grievance.appeal', resource) && canAppeal(g.status),
        };
  return presentGrievance(g, events, attachments, view, { keyring, now, names, can: rights });
}
