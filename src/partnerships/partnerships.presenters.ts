import type { PartnershipRecord } from './partnership.store.js';
import type { RankedIdea } from './workshop.js';
import type { WorkshopRecord } from './workshop.store.js';

/** A partnership as the API returns it. */
export function presentPartnership(record: PartnershipRecord) {
  return { ...record, updatedAt: record.updatedAt.toISOString() };
}

/** One line of the partnership list. */
export function presentSummary(record: PartnershipRecord) {
  const { id, title, type, status, startsOn, endsOn, corridors, tracks, occupations } = record;
  return {
    id,
    title,
    type,
    status,
    startsOn,
    endsOn,
    corridors,
    tracks,
    occupations,
    parties: record.parties.length,
  };
}

/** A workshop with its ranked ideas; who scored is shown only when scoring is not anonymous. */
export function presentWorkshop(
  record: WorkshopRecord,
  ranking: RankedIdea[],
  viewerUserId: string,
) {
  const ideas = record.ideas.map((idea) => {
    const rank = ranking.find((r) => r.ideaId === idea.id) as RankedIdea;
    const scorers = record.scores.filter((s) => s.ideaId === idea.id).map((s) => s.participantId);
    return {
      ...idea,
      scoreCount: rank.scoreCount,
      weighted: rank.weighted,
      rank: rank.rank,
      means: rank.means,
      scoredBy: record.anonymousScoring ? null : scorers,
      scoredByMe: scorers.includes(viewerUserId),
    };
  });
  const { scores: _scores, ...rest } = record;
  return { ...rest, ideas: ideas.sort((a, b) => a.rank - b.rank) };
}
