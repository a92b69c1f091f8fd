/** Types and calls of the grievance API (src/protection/grievances/grievance*.routes.ts). */
import { apiRequest } from '../api/client';

export const TOPICS = [
  'recruitment_fees',
  'contract_terms',
  'wages',
  'working_conditions',
  'living_conditions',
  'documents_withheld',
  'discrimination_harassment',
  'training',
  'recognition',
  'other',
] as const;
export type Topic = (typeof TOPICS)[number];

export const HANDLER_STEPS = [
  'acknowledged',
  'information_requested',
  'referred',
  'mediated',
  'resolved',
  'closed',
  'reopened',
  'disclosed',
] as const;
export type HandlerStep = (typeof HANDLER_STEPS)[number];

export interface Body {
  kind: string;
  organisationId: string;
  name: string;
}

export interface GrievanceEvent {
  kind: string;
  at: string;
  body: Body | null;
  note: string | null;
  disclosed: boolean;
}

export interface GrievanceSummary {
  id: string;
  view: 'full' | 'disclosed';
  topic: Topic;
  status: string;
  country: string;
  filedAt: string;
  handler: Body | null;
  acknowledgeBy: string | null;
  resolveBy: string | null;
  overdue: 'acknowledgement' | 'resolution' | null;
  retaliationFlagged: boolean;
  concernedOrganisation: { id: string; name: string } | null;
  relation: 'own' | 'handling' | 'shared' | 'concerned';
}

export interface Grievance extends Omit<GrievanceSummary, 'relation'> {
  filerKind: string | null;
  partnershipId: string | null;
  occurredFrom: string | null;
  occurredTo: string | null;
  sharedWithOrganisationId: string | null;
  narrative: string | null;
  attachments: { id: string; name: string; mediaType: string; size: number }[];
  events: GrievanceEvent[];
  can: { handle: boolean; share: boolean; appeal: boolean };
}

export interface Filing {
  topic: Topic | '';
  narrative: string;
  country: string;
  occurredFrom: string | null;
  attachments: { name: string; contentBase64: string }[];
}

export interface Statistics {
  threshold: number;
  countries: string[];
  total: number | null;
  byTopic: { topic: Topic; count: number | null }[];
  byStatus: { status: string; count: number | null }[];
  retaliationFlags: number | null;
}

export const grievancePaths = {
  list: () => '/api/grievances',
  one: (id: string) => `/api/grievances/${id}`,
  statistics: () => '/api/grievances/statistics',
};

/** Files a grievance; anonymous filings record no account. */
export const fileGrievance = (filing: Filing, anonymous: boolean) =>
  apiRequest<{ id: string; receiptCode: string }>(
    anonymous ? '/api/grievances/anonymous' : '/api/grievances',
    { method: 'POST', body: filing },
  );

export const followGrievance = (receiptCode: string) =>
  apiRequest<Grievance>('/api/grievances/follow', { method: 'POST', body: { receiptCode } });

export const addInformationByReceipt = (receiptCode: string, note: string) =>
  apiRequest<Grievance>('/api/grievances/follow/information', {
    method: 'POST',
    body: { receiptCode, note },
  });

export const takeStep = (
  id: string,
  step: { step: HandlerStep; note: string | null; disclose: boolean },
) => apiRequest<Grievance>(`/api/grievances/${id}/steps`, { method: 'POST', body: step });

/** Reads a file as base64 (without the data: prefix). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}
