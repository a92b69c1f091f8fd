import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, apiRequest } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { FieldError, reasonsFor } from './field-error';
import { numberOrUndefined } from './form-fields';
import { peoplePaths, peopleRoutes, type Programme } from './people-api';
import { ProgrammeCertification } from './programme-certification';
import { ProgrammeBasics, StartDatesFieldset, type NumberTexts } from './programme-fieldsets';
import { ModuleEditor, type ModuleDraft } from './programme-module-editor';

const moduleDraft = (m?: Programme['modules'][number]): ModuleDraft => ({
  title: m?.title ?? '',
  skills: m?.skills ?? [],
  hours: m ? String(m.hours) : '40',
  cost: m?.cost ? String(m.cost.amount) : '',
});

/** The programme to send: typed numbers converted; costs share the programme's currency. */
function toProgramme(draft: Programme, modules: ModuleDraft[], n: NumberTexts): Programme {
  const money = (text: string) => {
    const amount = numberOrUndefined(text);
    return amount === undefined ? undefined : { amount, currency: n.currency };
  };
  const rest: Programme = { ...draft };
  delete rest.cost;
  const cost = money(n.cost);
  return {
    ...rest,
    seats: numberOrUndefined(n.seats) ?? Number.NaN,
    ...(cost ? { cost } : {}),
    startDates: draft.startDates.filter(Boolean),
    modules: modules.map((m) => {
      const moduleCost = money(m.cost);
      return {
        title: m.title,
        skills: m.skills,
        hours: numberOrUndefined(m.hours) ?? Number.NaN,
        ...(moduleCost ? { cost: moduleCost } : {}),
      };
    }),
  };
}

/**
 * A training provider's programme form, to publish one or change it: where it is given, seats,
 * cost, start dates, the certification it leads to, and modules mapped to ESCO skills.
 */
export function ProgrammeForm({ id, initial }: { id?: string; initial: Programme }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Programme>(initial);
  const [modules, setModules] = useState<ModuleDraft[]>(
    initial.modules.length > 0 ? initial.modules.map(moduleDraft) : [moduleDraft()],
  );
  const [numbers, setNumbers] = useState<NumberTexts>({
    seats: String(initial.seats),
    cost: initial.cost ? String(initial.cost.amount) : '',
    currency:
      initial.cost?.currency ?? initial.modules.find((m) => m.cost)?.cost?.currency ?? 'EUR',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const change = (next: Partial<Programme>) => setDraft({ ...draft, ...next });
  const reason = (field: string, exact = false) => reasonsFor(error, field, exact);

  const submit = async () => {
    setError(null);
    try {
      await apiRequest(id ? peoplePaths.programme(id) : peoplePaths.programmes(), {
        method: id ? 'PUT' : 'POST',
        body: toProgramme(draft, modules, numbers),
      });
      void navigate(peopleRoutes.programmes());
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) }));
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {error && error.fields.length === 0 && <ProblemMessage error={error} />}
      <ProgrammeBasics
        draft={draft}
        change={change}
        reason={reason}
        numbers={numbers}
        setNumbers={setNumbers}
      />
      <StartDatesFieldset draft={draft} change={change} reason={reason} />
      <ProgrammeCertification
        certification={draft.certification}
        onChange={(certification) => change({ certification })}
        error={error}
      />
      {modules.map((m, i) => (
        <ModuleEditor
          // Removing a module remounts the rest, so no skill search keeps another's text.
          key={`${i}/${modules.length}`}
          index={i}
          module={m}
          error={error}
          onChange={(next) => setModules(modules.map((x, j) => (j === i ? next : x)))}
          onRemove={() => setModules(modules.filter((_, j) => j !== i))}
        />
      ))}
      <FieldError reason={reason('modules', true)} />
      <p className="people-actions">
        <button
          type="button"
          className="button"
          onClick={() => setModules([...modules, moduleDraft()])}
        >
          {t('people.programme.addModule')}
        </button>
        <button type="submit" className="button primary">
          {id ? t('people.programme.save') : t('people.programme.publish')}
        </button>
        {error && error.fields.length > 0 && (
          <span className="field-error" role="alert">
            {t('people.fixFields')}
          </span>
        )}
      </p>
    </form>
  );
}
