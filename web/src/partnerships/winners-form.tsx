import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { FieldError, reasonFor, useSubmission } from './form-support';
import { partnershipRoutes } from './partnerships-api';
import { workshopPaths, type Workshop } from './workshops-api';

interface Selected {
  partnerships: { ideaId: string; partnershipId: string }[];
}

/** A coordinator selects winning ideas; each becomes a draft partnership, linked here. */
export function WinnersForm({ w, changed }: { w: Workshop; changed: () => void }) {
  const { t } = useTranslation();
  const candidates = w.ideas.filter((i) => i.partnershipId === null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [created, setCreated] = useState<Selected | null>(null);
  const { error, busy, run } = useSubmission();
  if (candidates.length === 0 && !created) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setCreated(
        await apiRequest<Selected>(workshopPaths.winners(w.id), {
          method: 'POST',
          body: { ideaIds: chosen },
        }),
      );
    });
  };
  const title = (ideaId: string) => w.ideas.find((i) => i.id === ideaId)?.title ?? ideaId;
  if (created)
    return (
      <section aria-labelledby="winners-title" role="status">
        <h2 id="winners-title">{t('partnerships.workshops.winnersSelected')}</h2>
        <ul>
          {created.partnerships.map((p) => (
            <li key={p.partnershipId}>
              {title(p.ideaId)}:{' '}
              <Link to={partnershipRoutes.dashboard(p.partnershipId)}>
                {t('partnerships.workshops.draftPartnership')}
              </Link>
            </li>
          ))}
        </ul>
        <button type="button" className="button" onClick={changed}>
          {t('partnerships.workshops.refresh')}
        </button>
      </section>
    );
  return (
    <section aria-labelledby="winners-title">
      <h2 id="winners-title">{t('partnerships.workshops.selectWinners')}</h2>
      <p className="muted">{t('partnerships.workshops.winnersHint')}</p>
      <form onSubmit={submit} className="stacked-form">
        <fieldset>
          <legend>{t('partnerships.workshops.ideas')}</legend>
          {candidates.map((idea) => (
            <div key={idea.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.includes(idea.id)}
                  onChange={() =>
                    setChosen(
                      chosen.includes(idea.id)
                        ? chosen.filter((x) => x !== idea.id)
                        : [...chosen, idea.id],
                    )
                  }
                />{' '}
                {idea.rank}. {idea.title} (
                {t('partnerships.workshops.scoreCount', { count: idea.scoreCount })})
              </label>
              <FieldError
                id={`winner-${idea.id}-error`}
                reason={
                  chosen.includes(idea.id)
                    ? reasonFor(error, `ideaIds.${chosen.indexOf(idea.id)}`)
                    : undefined
                }
              />
            </div>
          ))}
        </fieldset>
        {error && <ProblemMessage error={error} />}
        <button type="submit" className="button primary" disabled={busy || chosen.length === 0}>
          {t('partnerships.workshops.selectWinners')}
        </button>
      </form>
    </section>
  );
}
