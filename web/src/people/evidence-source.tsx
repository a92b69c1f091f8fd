import { useTranslation } from 'react-i18next';

/** Kinds of evidence source the profile names (`recognition:<case>`, `rpl:<assessment>`, …). */
const KINDS = ['recognition', 'rpl', 'programme_completion', 'qualification', 'self'] as const;

/** The kind of a skill's evidence source, `other` for imports and free text. */
export function sourceKind(source: string): (typeof KINDS)[number] | 'other' {
  const prefix = source.split(':')[0]!;
  return (KINDS as readonly string[]).includes(prefix)
    ? (prefix as (typeof KINDS)[number])
    : 'other';
}

/** Where a skill's evidence comes from: a decision, an assessment, a completion, or the person. */
export function EvidenceSource({ source }: { source: string }) {
  const { t } = useTranslation();
  const kind = sourceKind(source);
  return (
    <span className="people-source" title={source}>
      {t('people.source.label')}: {kind === 'other' ? source : t(`people.source.${kind}`)}
    </span>
  );
}
