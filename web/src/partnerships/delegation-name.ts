import { useTranslation } from 'react-i18next';
import type { Workshop } from './workshops-api';

/** "TN · employers": a delegation as people name it. */
export function useDelegationName(w: Workshop) {
  const { t } = useTranslation();
  return (delegationId: string) => {
    const d = w.delegations.find((x) => x.id === delegationId);
    return d
      ? `${d.country} · ${t(`partnerships.workshops.constituencies.${d.constituency}`)}`
      : '';
  };
}
