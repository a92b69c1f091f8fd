import { useTranslation } from 'react-i18next';
import { ConfidenceBadge, DemoBadge } from './outcome-badge';
import type { Agreement, Framework, Qualification, Registry } from './recognition-api';
import { levelLabel } from './recognition-api';

/** Each framework with its levels, and where each level is referenced (EQF, ACQF, …). */
export function FrameworksSection({ registry }: { registry: Registry }) {
  const { t } = useTranslation();
  const byId = new Map(registry.frameworks.map((f) => [f.id, f]));
  const regional = registry.frameworks.filter((f) => f.kind === 'regional');
  const national = registry.frameworks.filter((f) => f.kind === 'national');
  return (
    <section aria-labelledby="frameworks" className="concept-section">
      <h2 id="frameworks">{t('recognition.frameworks')}</h2>
      <p>{t('recognition.frameworksIntro')}</p>
      {[...regional, ...national].map((f) => (
        <FrameworkDetails key={f.id} framework={f} registry={registry} byId={byId} />
      ))}
    </section>
  );
}

function FrameworkDetails({
  framework: f,
  registry,
  byId,
}: {
  framework: Framework;
  registry: Registry;
  byId: Map<string, Framework>;
}) {
  const { t } = useTranslation();
  const referencing = registry.referencing.filter((r) => r.fromFrameworkId === f.id);
  return (
    <details className="case-card" data-framework={f.id}>
      <summary>
        <strong>{f.name}</strong>{' '}
        <span className="meta">
          {f.kind === 'regional' ? t('recognition.regional') : f.country}
          {' · '}
          {t('recognition.levelCount', { count: f.levels.length })}
        </span>{' '}
        {f.demo && <DemoBadge />}
      </summary>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('recognition.level')}</th>
              <th scope="col">{t('recognition.referencedTo')}</th>
            </tr>
          </thead>
          <tbody>
            {f.levels.map((l) => {
              const refs = referencing.filter((r) => r.fromLevel === l.level);
              return (
                <tr key={l.level}>
                  <th scope="row">
                    {l.level}
                    {l.title ? ` — ${l.title}` : ''}
                  </th>
                  <td>
                    {refs.length === 0
                      ? '—'
                      : refs.map((r) => (
                          <div key={r.toFrameworkId}>
                            {r.toLevels
                              .map((to) =>
                                levelLabel({ frameworkId: r.toFrameworkId, level: to }, byId),
                              )
                              .join(' / ')}{' '}
                            <ConfidenceBadge confidence={r.confidence} />
                          </div>
                        ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="meta">{t('recognition.source', { source: f.source })}</p>
    </details>
  );
}

/** The qualifications described on the platform. */
export function QualificationsSection({
  qualifications,
  registry,
}: {
  qualifications: Qualification[];
  registry: Registry;
}) {
  const { t } = useTranslation();
  const byId = new Map(registry.frameworks.map((f) => [f.id, f]));
  return (
    <section aria-labelledby="qualifications" className="concept-section">
      <h2 id="qualifications">{t('recognition.qualifications')}</h2>
      {qualifications.length === 0 ? (
        <p className="empty">{t('recognition.noQualifications')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('recognition.qualification')}</th>
                <th scope="col">{t('recognition.country')}</th>
                <th scope="col">{t('recognition.level')}</th>
                <th scope="col">{t('recognition.learningOutcomes')}</th>
              </tr>
            </thead>
            <tbody>
              {qualifications.map((q) => (
                <tr key={q.id}>
                  <td>
                    {q.title} {q.demo && <DemoBadge />}
                    <div className="meta">{q.awardingBody}</div>
                  </td>
                  <td>{q.country}</td>
                  <td>
                    {levelLabel(q.level, byId)}
                    <div className="meta">{t('recognition.isced', { level: q.iscedLevel })}</div>
                  </td>
                  <td>{t('recognition.skillCount', { count: q.learningOutcomes.length })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The register of recognition agreements: who recognises whom, how, and until when. */
export function AgreementsSection({ agreements }: { agreements: Agreement[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="agreements" className="concept-section">
      <h2 id="agreements">{t('recognition.agreements')}</h2>
      {agreements.length === 0 ? (
        <p className="empty">{t('recognition.noAgreements')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('recognition.agreement')}</th>
                <th scope="col">{t('recognition.corridor')}</th>
                <th scope="col">{t('recognition.mode')}</th>
                <th scope="col">{t('recognition.measures')}</th>
                <th scope="col">{t('recognition.validity')}</th>
              </tr>
            </thead>
            <tbody>
              {agreements.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.title} {a.demo && <DemoBadge />}
                    <div className="meta code">{a.id}</div>
                    <div className="meta">
                      {t('recognition.agreementVersion', { version: a.version })},{' '}
                      {t(`recognition.agreementStatuses.${a.status}`, { by: a.supersededBy })}
                    </div>
                  </td>
                  <td>
                    {a.from.country} {a.direction === 'mutual' ? '↔' : '→'} {a.to.country}
                  </td>
                  <td>
                    {t(`recognition.modes.${a.mode}`)}, {t(`recognition.directions.${a.direction}`)}
                  </td>
                  <td>
                    {a.measures.map((m) => t(`recognition.measureKinds.${m}`)).join(', ') ||
                      t('common.none')}
                  </td>
                  <td>
                    {a.validFrom} – {a.validUntil ?? '…'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
