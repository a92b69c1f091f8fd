import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { EVIDENCE_LEVELS, type CandidateSkill, type EvidenceLevel } from './people-api';
import { EvidenceSource } from './evidence-source';
import { FieldError, reasonsFor } from './field-error';
import { SkillName } from './skill-name';
import { SkillSearch } from './skill-search';

/** The profile's skills, each with its evidence level, and a search to add more. */
export function ProfileSkills({
  skills,
  onChange,
  error,
}: {
  skills: CandidateSkill[];
  onChange: (skills: CandidateSkill[]) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const setEvidence = (i: number, evidence: EvidenceLevel) =>
    onChange(skills.map((s, j) => (j === i ? { ...s, evidence } : s)));
  return (
    <section aria-labelledby="people-skills" className="people-card">
      <h2 id="people-skills">{t('people.skills.title')}</h2>
      {skills.length === 0 && <p className="empty">{t('people.skills.none')}</p>}
      <ul className="people-list" aria-label={t('people.skills.yours')}>
        {skills.map((s, i) => (
          <li key={s.uri}>
            <span className="people-grow">
              <span>
                <SkillName uri={s.uri} />
              </span>
              <EvidenceSource source={s.source} />
            </span>
            <label className="people-inline">
              <span className="visually-hidden">{t('people.skills.evidence')}</span>
              <select
                value={s.evidence}
                onChange={(e) => setEvidence(i, e.target.value as EvidenceLevel)}
                aria-label={t('people.skills.evidence')}
              >
                {EVIDENCE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`people.evidence.${level}`)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button"
              onClick={() => onChange(skills.filter((_, j) => j !== i))}
            >
              {t('people.remove')}
            </button>
            <FieldError reason={reasonsFor(error, `skills.${i}`)} />
          </li>
        ))}
      </ul>
      <SkillSearch
        held={new Set(skills.map((s) => s.uri))}
        onAdd={(uri) => onChange([...skills, { uri, evidence: 'self_declared', source: 'self' }])}
      />
    </section>
  );
}
