import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../api/use-api';
import { useMe } from '../auth/auth-context';
import { SelectField } from '../people/form-fields';
import { Loaded } from '../shell/status';
import { mayTuneWeights, matchingPaths, type PartnershipWeights } from './matching-api';
import { WeightsForm } from './weights-form';

/** /matching/weights — choose a partnership, then read or set the weights it ranks with. */
export function WeightsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('partnership') ?? '';
  const partnerships = useApi<{ partnerships: { id: string; title: string }[] }>(
    matchingPaths.partnerships(),
  );
  const weights = useApi<PartnershipWeights>(chosen ? matchingPaths.weights(chosen) : null);
  return (
    <section aria-labelledby="weights-title" className="match-page">
      <title>{`${t('matching.weights.title')} · ${t('app.name')}`}</title>
      <h1 id="weights-title">{t('matching.weights.title')}</h1>
      <p>{t('matching.weights.intro')}</p>
      <Loaded state={partnerships}>
        {({ partnerships: list }) => (
          <SelectField
            id="weights-partnership"
            label={t('matching.weights.partnership')}
            value={chosen}
            onChange={(id) => setParams(id ? { partnership: id } : {})}
            options={list.map((p) => [p.id, p.title] as const)}
            blank={t('matching.weights.choose')}
            reason={undefined}
          />
        )}
      </Loaded>
      <Loaded state={weights}>
        {(data) => (
          <WeightsForm
            key={data.partnershipId}
            partnershipId={data.partnershipId}
            initial={data}
            editable={mayTuneWeights(me)}
          />
        )}
      </Loaded>
    </section>
  );
}
