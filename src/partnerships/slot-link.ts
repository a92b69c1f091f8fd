import type { Corridor } from './partnership.js';
import type { RuleViolation } from './rule-violation.js';
import type { LinkStatus, SlotKind, Track } from './vocabulary.js';

/**
 * Links of vacancies and programmes to a partnership (docs/partnerships.md#linked-slots): the
 * employer or provider proposes, a coordinator accepts or rejects, the party may withdraw.
 * Pure rules; the store writes and audits.
 */

/** What the rules need of the partnership a slot is proposed to. */
export interface LinkTarget {
  corridors: readonly Corridor[];
  tracks: readonly Track[];
  /** Priority occupations: ISCO-08 unit groups or ESCO URIs (empty: any occupation). */
  occupations: readonly string[];
}

/** The slot as the rules see it. */
export type LinkedSlot =
  | {
      kind: 'vacancy';
      country: string;
      track: Track;
      occupationUri: string;
      /** The ISCO-08 unit group of its ESCO occupation, when the taxonomy knows it. */
      iscoCode: string | null;
    }
  | { kind: 'programme'; country: string | null };

const CODE = 'partnerships.link_not_allowed';

/** Whether the slot sits in one of the partnership's corridors, on a track it offers. */
function corridorViolations(target: LinkTarget, slot: LinkedSlot): RuleViolation[] {
  if (slot.kind === 'programme') {
    const ok = slot.country === null || target.corridors.some((c) => c.origin === slot.country);
    return ok
      ? []
      : [{ code: CODE, field: 'slotId', reason: `is given in ${slot.country}, no origin country` }];
  }
  if (slot.track === 'study' || !target.tracks.includes(slot.track))
    return [{ code: CODE, field: 'slotId', reason: `is on the ${slot.track} track, not offered` }];
  const end = (c: Corridor) => (slot.track === 'away' ? c.destination : c.origin);
  if (target.corridors.some((c) => end(c) === slot.country)) return [];
  const side = slot.track === 'away' ? 'destination' : 'origin';
  return [
    { code: CODE, field: 'slotId', reason: `is in ${slot.country}, no ${side} of a corridor` },
  ];
}

/** The occupations a vacancy may be said to fill: its ESCO URI and its ISCO unit group. */
const fills = (slot: LinkedSlot): string[] =>
  slot.kind === 'vacancy' ? [slot.occupationUri, ...(slot.iscoCode ? [slot.iscoCode] : [])] : [];

/**
 * The priority occupation the link fills: the one asked for (a programme must name it), else
 * the vacancy's own (its ESCO URI or ISCO unit group, whichever the partnership lists). Returns
 * the violations when none fits.
 */
export function linkOccupation(
  target: LinkTarget,
  slot: LinkedSlot,
  requested: string | undefined,
): { occupation: string } | { violations: RuleViolation[] } {
  const own = fills(slot);
  const priority = (o: string) => target.occupations.length === 0 || target.occupations.includes(o);
  const field = 'occupation';
  if (requested !== undefined) {
    if (slot.kind === 'vacancy' && !own.includes(requested))
      return { violations: [{ code: CODE, field, reason: `is not the vacancy's occupation` }] };
    if (!priority(requested))
      return { violations: [{ code: CODE, field, reason: 'is not a priority occupation' }] };
    return { occupation: requested };
  }
  if (slot.kind === 'programme') {
    const reason = 'must name the priority occupation the programme trains for';
    return { violations: [{ code: CODE, field, reason }] };
  }
  const found = target.occupations.length === 0 ? own[0] : own.find(priority);
  if (found !== undefined) return { occupation: found };
  const reason = `the vacancy's occupation (${own.join(', ')}) is not a priority occupation of the partnership`;
  return { violations: [{ code: CODE, field, reason }] };
}

/** Every reason the slot may not be proposed, or the occupation it fills. */
export function checkProposal(
  target: LinkTarget,
  slot: LinkedSlot,
  requested: string | undefined,
): { occupation: string } | { violations: RuleViolation[] } {
  const corridor = corridorViolations(target, slot);
  const occupation = linkOccupation(target, slot, requested);
  if ('violations' in occupation) return { violations: [...corridor, ...occupation.violations] };
  return corridor.length > 0 ? { violations: corridor } : occupation;
}

/** The decisions on a link and the statuses each may start from. */
export const LINK_TRANSITIONS = {
  accept: { from: ['proposed'], to: 'accepted' },
  reject: { from: ['proposed'], to: 'rejected' },
  withdraw: { from: ['proposed', 'accepted'], to: 'withdrawn' },
} as const satisfies Record<string, { from: readonly LinkStatus[]; to: LinkStatus }>;

export type LinkDecision = keyof typeof LINK_TRANSITIONS;

/** The status after a decision, or null when the link's status does not allow it. */
export function nextStatus(status: LinkStatus, decision: LinkDecision): LinkStatus | null {
  const t = LINK_TRANSITIONS[decision];
  return (t.from as readonly LinkStatus[]).includes(status) ? t.to : null;
}

export type { SlotKind };
