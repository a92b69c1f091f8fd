/** The words of a skills mobility partnership (DESIGN.md glossary; docs/partnerships.md). */

/** Forms a partnership takes, from a bilateral agreement to a multilateral framework. */
export const PARTNERSHIP_TYPES = ['bilateral', 'multilateral', 'city_to_city', 'regional'] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

export const PARTNERSHIP_STATUSES = [
  'idea',
  'draft',
  'negotiation',
  'active',
  'suspended',
  'ended',
] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** What a participant is prepared for: work at home, migrate to work, or study abroad. */
export const TRACKS = ['home', 'away', 'study'] as const;
export type Track = (typeof TRACKS)[number];

/** The role an organisation plays in a partnership. */
export const PARTY_ROLES = [
  'signatory',
  'funder',
  'implementer',
  'training_provider',
  'recognition_body',
  'employer',
  'workers_representative',
  'intermediary',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** The five components of a skills mobility partnership (IOM). */
export const COMPONENTS = [
  'state_cooperation',
  'multi_stakeholder',
  'training',
  'recognition',
  'mobility',
] as const;
export type Component = (typeof COMPONENTS)[number];

export const AGREEMENT_KINDS = [
  'blma',
  'memorandum',
  'skills_module',
  'city_agreement',
  'framework',
  'implementation_plan',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** The structured clauses of a skills module. */
export const CLAUSE_KINDS = [
  'recognition',
  'training',
  'cost_sharing',
  'protection',
  'review',
] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'blocked'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The three constituencies of a tripartite delegation. */
export const CONSTITUENCIES = ['government', 'employers', 'workers'] as const;
export type Constituency = (typeof CONSTITUENCIES)[number];

/** What a party may link to a partnership: an employer's vacancy or a provider's programme. */
export const SLOT_KINDS = ['vacancy', 'programme'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

/** A link's life: proposed by the party, then accepted or rejected by a coordinator, or withdrawn. */
export const LINK_STATUSES = ['proposed', 'accepted', 'rejected', 'withdrawn'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];
