import { useTranslation } from 'react-i18next';
import type { MatchExplanation } from './matching-api';
import { languageName } from './names';
import { PredictedRecognitionView } from './predicted-recognition';
import { ScoreFactors } from './score-factors';
import { SkillChips } from './skill-chips';

/** Languages asked for, with the CEFR level required and the level held. */
function LanguageTable({ explanation: e }: { explanation: MatchExplanation }) {
  const { t, i18n } = useTranslation();
  if (e.language.languages.length === 0) return <p>{t('matching.languages.none')}</p>;
  return (
    <div className="match-table-wrap">
      <table className="data-table match-table">
        <caption className="visually-hidden">{t('matching.languages.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matching.languages.language')}</th>
            <th scope="col">{t('matching.languages.required')}</th>
            <th scope="col">{t('matching.languages.held')}</th>
          </tr>
        </thead>
        <tbody>
          {e.language.languages.map((l) => (
            <tr key={l.tag}>
              <th scope="row">{languageName(i18n.language, l.tag)}</th>
              <td>
                {l.skill
                  ? t('matching.languages.skillOf', {
                      level: l.required,
                      skill: t(`people.vacancy.cefrSkill.${l.skill}`),
                    })
                  : l.required}
              </td>
              <td>{l.held ?? t('matching.languages.notHeld')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The qualification level asked and held, and the recognition outcome when one was decided. */
function Qualification({ explanation: e }: { explanation: MatchExplanation }) {
  const { t } = useTranslation();
  const q = e.qualification;
  const none = t('common.none');
  return (
    <dl className="match-facts">
      <div>
        <dt>{t('matching.qualification.required')}</dt>
        <dd>{q.requiredEqfLevel ?? none}</dd>
      </div>
      <div>
        <dt>{t('matching.qualification.held')}</dt>
        <dd>{q.heldEqfLevel ?? none}</dd>
      </div>
      {q.recognition && (
        <div>
          <dt>{t('matching.qualification.recognition')}</dt>
          <dd>{t(`recognition.outcomes.${q.recognition}`)}</dd>
        </div>
      )}
      <div>
        <dt>{t('matching.experience')}</dt>
        <dd>
          {t('matching.proximity', { percent: Math.round(e.proximity.value * 100) })}
          {e.proximity.via &&
            e.proximity.basis &&
            ` (${t(`matching.basis.${e.proximity.basis}`, { occupation: e.proximity.via.label })})`}
        </dd>
      </div>
    </dl>
  );
}

/** Why a match scored as it did: skills, languages, qualification and what lowered the score. */
export function MatchExplanationView({ explanation }: { explanation: MatchExplanation }) {
  const { t } = useTranslation();
  return (
    <div className="match-explanation">
      <section className="match-section">
        <h3>{t('matching.skills.title')}</h3>
        <SkillChips coverage={explanation.essential} kind="essential" />
        <SkillChips coverage={explanation.optional} kind="optional" />
      </section>
      <section className="match-section">
        <h3>{t('matching.languages.title')}</h3>
        <LanguageTable explanation={explanation} />
      </section>
      <section className="match-section">
        <h3>{t('matching.qualification.title')}</h3>
        <Qualification explanation={explanation} />
        {explanation.predictedRecognition && (
          <PredictedRecognitionView prediction={explanation.predictedRecognition} />
        )}
      </section>
      <ScoreFactors explanation={explanation} />
    </div>
  );
}
