import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { reasonsFor } from './field-error';
import { SelectField, TextField } from './form-fields';
import {
  CEFR_LEVELS,
  REQUIRED_CEFR_SKILLS,
  type CefrLevel,
  type RequiredCefrSkill,
  type LanguageRequirement,
} from './people-api';

const LEVEL_OPTIONS = CEFR_LEVELS.map((l) => [l, l] as const);

/** A requirement's levels with one CEFR skill set, or unset when `level` is empty. */
function withSkill(l: LanguageRequirement, skill: RequiredCefrSkill, level: string) {
  const skills = { ...l.skills };
  if (level) skills[skill] = level as CefrLevel;
  else delete skills[skill];
  const { skills: _old, ...rest } = l;
  return Object.keys(skills).length ? { ...rest, skills } : rest;
}

/**
 * The languages a vacancy requires, each with its minimum CEFR level (A1 … C2) and, optionally,
 * the level of each CEFR skill that matters for the job.
 */
export function LanguageRequirements({
  languages,
  onChange,
  error,
}: {
  languages: LanguageRequirement[];
  onChange: (languages: LanguageRequirement[]) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const update = (i: number, change: Partial<LanguageRequirement>) =>
    onChange(languages.map((l, j) => (j === i ? { ...l, ...change } : l)));
  const setSkill = (i: number, skill: RequiredCefrSkill, level: string) =>
    onChange(languages.map((l, j) => (j === i ? withSkill(l, skill, level) : l)));
  return (
    <fieldset className="people-choices">
      <legend>{t('people.vacancy.languages')}</legend>
      {languages.map((l, i) => (
        <fieldset key={i} className="people-entry">
          <legend>{t('people.vacancy.language', { n: i + 1 })}</legend>
          <div className="people-pair">
            <TextField
              id={`vacancy-language-${i}-tag`}
              label={t('people.languages.tag')}
              hint={t('people.languages.tagHint')}
              value={l.tag}
              onChange={(tag) => update(i, { tag: tag.trim() })}
              reason={reasonsFor(error, `languages.${i}.tag`)}
            />
            <SelectField
              id={`vacancy-language-${i}-level`}
              label={t('people.vacancy.minimumLevel')}
              value={l.minimumLevel}
              onChange={(v) => update(i, { minimumLevel: v as CefrLevel })}
              options={LEVEL_OPTIONS}
              reason={reasonsFor(error, `languages.${i}.minimumLevel`)}
            />
          </div>
          <fieldset className="people-choices">
            <legend>{t('people.vacancy.skillLevels')}</legend>
            <p className="hint">{t('people.vacancy.skillLevelsHint')}</p>
            <div className="people-pair">
              {REQUIRED_CEFR_SKILLS.map((skill) => (
                <SelectField
                  key={skill}
                  id={`vacancy-language-${i}-${skill}`}
                  label={t(`people.vacancy.cefrSkill.${skill}`)}
                  value={l.skills?.[skill] ?? ''}
                  blank={t('people.vacancy.skillLevelNotStated')}
                  onChange={(v) => setSkill(i, skill, v)}
                  options={LEVEL_OPTIONS}
                  reason={reasonsFor(error, `languages.${i}.skills.${skill}`)}
                />
              ))}
            </div>
          </fieldset>
          <button
            type="button"
            className="button"
            onClick={() => onChange(languages.filter((_, j) => j !== i))}
          >
            {t('people.vacancy.removeLanguage')}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button"
          onClick={() => onChange([...languages, { tag: '', minimumLevel: 'B1' }])}
        >
          {t('people.languages.add')}
        </button>
      </p>
    </fieldset>
  );
}
