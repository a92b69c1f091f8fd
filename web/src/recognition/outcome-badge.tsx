import { useTranslation } from 'react-i18next';
import type { CaseStatus, Confidence, RecognitionOutcome } from './recognition-api';

/** A recognition outcome as a coloured badge with its words (colour is never the only cue). */
export function OutcomeBadge({ outcome }: { outcome: RecognitionOutcome }) {
  const { t } = useTranslation();
  return (
    <span className={`badge outcome outcome-${outcome}`} data-outcome={outcome}>
      {t(`recognition.outcomes.${outcome}`)}
    </span>
  );
}

/** The status of a recognition case. */
export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <span className="badge badge-muted">{t(`recognition.caseStatuses.${status}`)}</span>;
}

/** The confidence of a referencing; `demo` is flagged so nobody reads it as official. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation();
  return (
    <span className={confidence === 'demo' ? 'badge badge-demo' : 'badge badge-muted'}>
      {t(`recognition.confidence.${confidence}`)}
    </span>
  );
}

/** Marks invented demo data. */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-demo" title={t('recognition.demoHint')}>
      {t('recognition.demo')}
    </span>
  );
}
