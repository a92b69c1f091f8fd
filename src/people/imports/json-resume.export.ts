import type { CandidateProfile } from '../candidates/candidate-profile.js';

/** Looks up the display label of an ESCO concept URI. */
export type LabelOf = (uri: string) => string | undefined;

const LANGUAGE_FLUENCY: Record<string, string> = {
  C2: 'Full professional proficiency (CEFR C2)',
  C1: 'Full professional proficiency (CEFR C1)',
  B2: 'Professional working proficiency (CEFR B2)',
  B1: 'Limited working proficiency (CEFR B1)',
  A2: 'Elementary proficiency (CEFR A2)',
  A1: 'Elementary proficiency (CEFR A1)',
};

/** A profile as a JSON Resume (v1.0.0 schema); ESCO URIs go into `keywords` beside labels. Pure. */
export function exportJsonResume(
  profile: CandidateProfile,
  labelOf: LabelOf,
): Record<string, unknown> {
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: {
      name: profile.name,
      ...(profile.headline ? { label: profile.headline } : {}),
      location: { countryCode: profile.residenceCountry },
    },
    work: profile.experience.map((e) => ({
      position: e.title,
      ...(e.employer ? { name: e.employer } : {}),
      ...(e.startDate ? { startDate: e.startDate } : {}),
      ...(e.endDate ? { endDate: e.endDate } : {}),
      ...(e.description ? { summary: e.description } : {}),
      ...(e.occupationUri
        ? { keywords: [labelOf(e.occupationUri) ?? e.occupationUri, e.occupationUri] }
        : {}),
    })),
    education: profile.qualifications.map((q) => ({
      studyType: q.title,
      ...(q.awardingBody ? { institution: q.awardingBody } : {}),
      ...(q.awardedOn ? { endDate: q.awardedOn } : {}),
    })),
    skills: profile.skills.map((s) => ({
      name: labelOf(s.uri) ?? s.uri,
      level: s.evidence.replace('_', '-'),
      keywords: [s.uri],
    })),
    languages: profile.languages.map((l) => ({
      language: l.tag,
      fluency: l.native ? 'Native speaker' : (LANGUAGE_FLUENCY[l.speaking ?? ''] ?? 'Unknown'),
    })),
    meta: { canonical: 'passerelle', version: 'v1.0.0' },
  };
}
