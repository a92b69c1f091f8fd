import {
  GRIEVANCE_STATUSES,
  GRIEVANCE_TOPICS,
  type GrievanceStatus,
  type GrievanceTopic,
} from './grievance-vocabulary.js';
import { SMALL_COUNT_THRESHOLD, suppressSmall } from '../small-counts.js';

/** What statistics read of one grievance: nothing that names anyone. */
export interface CountedGrievance {
  country: string;
  topic: GrievanceTopic;
  status: GrievanceStatus;
  retaliationFlagged: boolean;
}

const suppress = suppressSmall;

const countBy = <K extends string>(
  rows: readonly CountedGrievance[],
  key: (r: CountedGrievance) => K,
) => {
  const counts = new Map<K, number>();
  for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return counts;
};

/**
 * Aggregated statistics of the grievances of a representative's corridors, with every count
 * under the threshold suppressed (a zero is suppressed too: it would reveal the others).
 */
export function grievanceStatistics(
  rows: readonly CountedGrievance[],
  countries: readonly string[],
  threshold = SMALL_COUNT_THRESHOLD,
) {
  const topics = countBy(rows, (r) => r.topic);
  const statuses = countBy(rows, (r) => r.status);
  const byCountry = countBy(rows, (r) => r.country);
  return {
    threshold,
    countries: [...countries].sort(),
    total: suppress(rows.length, threshold),
    byTopic: GRIEVANCE_TOPICS.map((topic) => ({
      topic,
      count: suppress(topics.get(topic) ?? 0, threshold),
    })),
    byStatus: GRIEVANCE_STATUSES.map((status) => ({
      status,
      count: suppress(statuses.get(status) ?? 0, threshold),
    })),
    byCountry: [...countries].sort().map((country) => ({
      country,
      count: suppress(byCountry.get(country) ?? 0, threshold),
    })),
    retaliationFlags: suppress(rows.filter((r) => r.retaliationFlagged).length, threshold),
  };
}
