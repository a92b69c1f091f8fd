import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { FieldError, InputField, invalidProps, reasonFor, useSubmission } from './form-support';
import type { Track } from './partnerships-api';
import { useDelegationName } from './delegation-name';
import { workshopPaths, type Workshop } from './workshops-api';

const TRACKS: Track[] = ['home', 'away', 'study'];

/** A delegation's member submits a partnership idea. */
export function IdeaForm({ w, changed }: { w: Workshop; changed: () => void }) {
  const { t } = useTranslation();
  const delegationName = useDelegationName(w);
  const [delegationId, setDelegationId] = useState(w.delegations[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [origin, setOrigin] = useState('');
  const [destination, setDestination] = useState('');
  const [occupations, setOccupations] = useState('');
  const [tracks, setTracks] = useState<Track[]>([]);
  const { error, busy, run } = useSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      delegationId,
      title,
      summary,
      origin: origin.trim().toUpperCase(),
      destination: destination.trim().toUpperCase(),
      occupations: occupations
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      tracks,
    };
    void run(async () => {
      await apiRequest(workshopPaths.ideas(w.id), { method: 'POST', body });
      changed();
    });
  };
  const toggle = (track: Track) =>
    setTracks(tracks.includes(track) ? tracks.filter((x) => x !== track) : [...tracks, track]);
  const summaryReason = reasonFor(error, 'summary');
  return (
    <section aria-labelledby="idea-form-title">
      <h2 id="idea-form-title">{t('partnerships.workshops.submitIdea')}</h2>
      <form onSubmit={submit} className="stacked-form">
        <div className="field">
          <label htmlFor="idea-delegation">{t('partnerships.workshops.delegation')}</label>
          <select
            id="idea-delegation"
            value={delegationId}
            onChange={(e) => setDelegationId(e.target.value)}
          >
            {w.delegations.map((d) => (
              <option key={d.id} value={d.id}>
                {delegationName(d.id)}
              </option>
            ))}
          </select>
          <FieldError id="idea-delegation-error" reason={reasonFor(error, 'delegationId')} />
        </div>
        <InputField
          id="idea-title"
          label={t('partnerships.workshops.ideaTitle')}
          value={title}
          onChange={setTitle}
          reason={reasonFor(error, 'title')}
          required
        />
        <div className="field">
          <label htmlFor="idea-summary">{t('partnerships.workshops.summary')}</label>
          <textarea
            id="idea-summary"
            rows={3}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            {...invalidProps('idea-summary-error', summaryReason)}
          />
          <FieldError id="idea-summary-error" reason={summaryReason} />
        </div>
        <InputField
          id="idea-origin"
          label={t('partnerships.workshops.origin')}
          hint={t('partnerships.workshops.countryHint')}
          value={origin}
          onChange={setOrigin}
          reason={reasonFor(error, 'origin')}
          required
        />
        <InputField
          id="idea-destination"
          label={t('partnerships.workshops.destination')}
          hint={t('partnerships.workshops.countryHint')}
          value={destination}
          onChange={setDestination}
          reason={reasonFor(error, 'destination')}
          required
        />
        <InputField
          id="idea-occupations"
          label={t('partnerships.occupations')}
          hint={t('partnerships.workshops.occupationsHint')}
          value={occupations}
          onChange={setOccupations}
          reason={reasonFor(error, 'occupations')}
        />
        <fieldset>
          <legend>{t('partnerships.tracks')}</legend>
          {TRACKS.map((track) => (
            <label key={track} className="checkbox">
              <input
                type="checkbox"
                checked={tracks.includes(track)}
                onChange={() => toggle(track)}
              />{' '}
              {t(`partnerships.trackNames.${track}`)}
            </label>
          ))}
          <FieldError id="idea-tracks-error" reason={reasonFor(error, 'tracks')} />
        </fieldset>
        {error && <ProblemMessage error={error} />}
        <button type="submit" className="button primary" disabled={busy || !delegationId}>
          {t('partnerships.workshops.submitIdea')}
        </button>
      </form>
    </section>
  );
}
