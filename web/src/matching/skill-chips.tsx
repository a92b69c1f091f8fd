import { useTranslation } from 'react-i18next';
import type { SkillCoverage } from './matching-api';

type Status = 'held' | 'partial' | 'missing';

/** One group of skill chips (held, held in part, or missing), as a labelled list. */
function ChipList({
  status,
  label,
  items,
}: {
  status: Status;
  label: string;
  items: { uri: string; text: string }[];
}) {
  if (items.length === 0) return null;
  return (
    <div className="match-chip-group">
      <p className="match-chip-title">{label}</p>
      <ul className={`match-chips match-chips-${status}`} aria-label={label}>
        {items.map((item) => (
          <li key={item.uri} className={`match-chip match-chip-${status}`}>
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The skills an opening asks for, split into held, held in part (via a related skill) and missing. */
export function SkillChips({
  coverage,
  kind,
}: {
  coverage: SkillCoverage;
  kind: 'essential' | 'optional';
}) {
  const { t } = useTranslation();
  const { held, partial, missing } = coverage;
  if (held.length + partial.length + missing.length === 0) return null;
  return (
    <>
      <ChipList
        status="held"
        label={t(`matching.skills.${kind}.held`, { n: held.length })}
        items={held.map((s) => ({
          uri: s.uri,
          text: `${s.label} (${t(`people.evidence.${s.evidence}`)})`,
        }))}
      />
      <ChipList
        status="partial"
        label={t(`matching.skills.${kind}.partial`, { n: partial.length })}
        items={partial.map((s) => ({
          uri: s.uri,
          text: t('matching.skills.via', { skill: s.label, via: s.via.label }),
        }))}
      />
      <ChipList
        status="missing"
        label={t(`matching.skills.${kind}.missing`, { n: missing.length })}
        items={missing.map((s) => ({ uri: s.uri, text: s.label }))}
      />
    </>
  );
}
