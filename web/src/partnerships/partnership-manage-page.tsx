import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import { ActionForm } from './action-form';
import { ActionProgressForm } from './action-progress-form';
import { AgreementForm } from './agreement-form';
import { AssessmentForm } from './assessment-form';
import { partnershipPaths, partnershipRoutes, type Dashboard } from './partnerships-api';
import type { ActionPlan } from './workshops-api';

/** The dashboard as the editing forms need it: with the action plan itself. */
export type EditableDashboard = Dashboard & { plan: ActionPlan };

function ManageView({ d, changed }: { d: EditableDashboard; changed: () => void }) {
  const { t } = useTranslation();
  const p = d.partnership;
  return (
    <article aria-labelledby="manage-title" className="partnership-forms">
      <title>{`${t('partnerships.manage.title')} · ${p.title} · ${t('app.name')}`}</title>
      <p>
        <Link to={partnershipRoutes.dashboard(p.id)}>{p.title}</Link>
      </p>
      <h1 id="manage-title">{t('partnerships.manage.title')}</h1>
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{t('partnerships.manage.actions')}</h2>
        {d.plan.actions.length === 0 ? (
          <p className="empty">{t('partnerships.manage.noActions')}</p>
        ) : (
          <ul className="cards">
            {d.plan.actions.map((action) => (
              <li key={action.id} className="card">
                <ActionProgressForm partnershipId={p.id} action={action} changed={changed} />
              </li>
            ))}
          </ul>
        )}
        <ActionForm d={d} changed={changed} />
      </section>
      <AssessmentForm d={d} changed={changed} />
      <AgreementForm partnershipId={p.id} changed={changed} />
    </article>
  );
}

function ManageLoader({ id, changed }: { id: string; changed: () => void }) {
  const state = useApi<EditableDashboard>(partnershipPaths.dashboard(id));
  return <Loaded state={state}>{(d) => <ManageView d={d} changed={changed} />}</Loaded>;
}

/** /partnerships/:id/manage — edit the action plan, the scorecard assessment and agreements. */
export function PartnershipManagePage() {
  const { id = '' } = useParams();
  const [version, setVersion] = useState(0);
  return <ManageLoader key={`${id}:${version}`} id={id} changed={() => setVersion((v) => v + 1)} />;
}
