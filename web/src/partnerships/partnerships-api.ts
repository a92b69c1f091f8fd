/** Types and paths of the partnerships API (src/partnerships/partnerships.schemas.ts). */

export type Track = 'home' | 'away' | 'study';

export interface Corridor {
  origin: string;
  destination: string;
  originCities: string[];
  destinationCities: string[];
}

export interface PartnershipSummary {
  id: string;
  title: string;
  type: string;
  status: string;
  startsOn: string | null;
  endsOn: string | null;
  corridors: Corridor[];
  tracks: Track[];
  occupations: string[];
  parties: number;
}

export interface MappedParty {
  organisationId: string;
  name: string;
  kind: string;
  country: string;
  role: string;
}

export interface Agreement {
  id: string;
  title: string;
  kind: string;
  signedOn: string | null;
  effectiveFrom: string | null;
  reviewOn: string | null;
  expiresOn: string | null;
  clauses: { kind: string; text: string; recognitionAgreementId: string | null }[];
  document: { fileName: string; sizeBytes: number } | null;
}

export interface TimelineEntry {
  kind: 'action' | 'milestone';
  id: string;
  title: string;
  date: string;
  status: string;
  overdue: boolean;
  daysLeft: number;
}

export interface PrerequisiteScore {
  prerequisite: string;
  evidenceScore: number;
  assessment: { level: number; note: string } | null;
  score: number;
  level: 'weak' | 'partial' | 'strong';
  recommendations: string[];
}

export interface Dashboard {
  asOf: string;
  partnership: PartnershipSummary & {
    summary: string;
    quotas: {
      cohortSize: number | null;
      trackShares: Partial<Record<Track, number>>;
      minWomenShare: number | null;
      perOccupation: { occupation: string; max: number }[];
      perRegion: { region: string; max: number }[];
    };
    commitments: { component: string; organisationId: string; commitment: string }[];
    parties: MappedParty[];
  };
  stakeholderMap: { sides: { side: string; roles: { role: string; parties: MappedParty[] }[] }[] };
  placesPerTrack: Partial<Record<Track, number>>;
  agreements: Agreement[];
  reminders: {
    agreementId: string;
    title: string;
    kind: 'review' | 'expiry';
    dueOn: string;
    daysLeft: number;
  }[];
  timeline: TimelineEntry[];
  progress: { actions: number; overdue: number; byStatus: Record<string, number> };
  scorecard: {
    overall: number;
    prerequisites: PrerequisiteScore[];
    /** Labour-market observations of the corridor's countries, and the months they span. */
    labourMarket?: { observations: number; from: string | null; to: string | null };
  };
}

export const partnershipPaths = {
  list: () => '/api/partnerships',
  dashboard: (id: string) => `/api/partnerships/${encodeURIComponent(id)}`,
  document: (id: string, agreementId: string) =>
    `/api/partnerships/${encodeURIComponent(id)}/agreements/${encodeURIComponent(agreementId)}/document`,
};

export const partnershipRoutes = {
  list: () => '/partnerships',
  dashboard: (id: string) => `/partnerships/${encodeURIComponent(id)}`,
  create: () => '/partnerships/new',
  edit: (id: string) => `/partnerships/${encodeURIComponent(id)}/edit`,
};

/** A vacancy or programme linked to a partnership (src/partnerships/slot-link.routes.ts). */
export interface SlotLink {
  id: string;
  slotKind: 'vacancy' | 'programme';
  slotId: string;
  slotTitle: string;
  partyOrganisationId: string;
  partyName: string;
  occupation: string;
  status: 'proposed' | 'accepted' | 'rejected' | 'withdrawn';
  note: string;
  proposedAt: string;
  decidedAt: string | null;
}

export const linkPaths = {
  links: (id: string) => `/api/partnerships/${encodeURIComponent(id)}/links`,
  decide: (id: string, linkId: string, decision: 'accept' | 'reject' | 'withdraw') =>
    `/api/partnerships/${encodeURIComponent(id)}/links/${encodeURIComponent(linkId)}/${decision}`,
  vacancies: () => '/api/vacancies',
  programmes: () => '/api/programmes',
};
