import type { GrievanceKeyring } from './grievance-cipher.service.js';
import { openText } from './grievance-cipher.service.js';
import {
  narrativeContext,
  noteContext,
  type GrievanceEventRow,
  type GrievanceRow,
} from './grievance-events.store.js';
import { overdue } from './grievance-routing.js';
import type { BodyKind } from './grievance-vocabulary.js';

/** How much of a case its reader sees: all of it, or what the handler disclosed. */
export type GrievanceView = 'full' | 'disclosed';

/** What presenting a case needs besides its rows. */
export interface PresentationContext {
  keyring: GrievanceKeyring;
  now: Date;
  names: ReadonlyMap<string, string>;
  can: { handle: boolean; share: boolean; appeal: boolean };
}

const body = (
  kind: BodyKind | null,
  organisationId: string | null,
  names: ReadonlyMap<string, string>,
) =>
  kind && organisationId ? { kind, organisationId, name: names.get(organisationId) ?? '' } : null;

/** The deadline state and handler of a case, shared by the list and the detail. */
export function presentGrievanceSummary(
  g: GrievanceRow,
  names: ReadonlyMap<string, string>,
  now: Date,
) {
  return {
    id: g.id,
    topic: g.topic,
    status: g.status,
    country: g.country,
    filedAt: g.filedAt.toISOString(),
    handler: body(g.handlerKind, g.handlerOrganisationId, names),
    acknowledgeBy: g.acknowledgeBy?.toISOString() ?? null,
    resolveBy: g.resolveBy?.toISOString() ?? null,
    overdue: overdue(g, now),
    retaliationFlagged: g.retaliationFlaggedAt !== null,
    concernedOrganisation: g.concernedOrganisationId
      ? { id: g.concernedOrganisationId, name: names.get(g.concernedOrganisationId) ?? '' }
      : null,
  };
}

/**
 * A case for its reader. Never an account id: nothing in the answer ties a case to who filed it.
 * The `disclosed` view (the organisation concerned) holds no narrative, no attachments and only
 * the notes the handler disclosed.
 */
export function presentGrievance(
  g: GrievanceRow,
  events: readonly GrievanceEventRow[],
  attachments: { id: string; name: string; mediaType: string; size: number }[],
  view: GrievanceView,
  p: PresentationContext,
) {
  const full = view === 'full';
  const shown = full ? events : events.filter((e) => e.disclosed);
  return {
    ...presentGrievanceSummary(g, p.names, p.now),
    view,
    filerKind: full ? g.filerKind : null,
    partnershipId: g.partnershipId,
    occurredFrom: g.occurredFrom,
    occurredTo: g.occurredTo,
    sharedWithOrganisationId: full && g.sharedAt ? g.representativeOrganisationId : null,
    narrative: full
      ? openText(p.keyring, { cipher: g.narrativeCipher, keyId: g.keyId }, narrativeContext(g.id))
      : null,
    attachments: full ? attachments : [],
    events: shown.map((e) => ({
      kind: e.kind,
      at: e.at.toISOString(),
      body: body(e.bodyKind, e.bodyOrganisationId, p.names),
      note:
        e.noteCipher && e.keyId
          ? openText(p.keyring, { cipher: e.noteCipher, keyId: e.keyId }, noteContext(g.id))
          : null,
      disclosed: e.disclosed,
    })),
    can: p.can,
  };
}
