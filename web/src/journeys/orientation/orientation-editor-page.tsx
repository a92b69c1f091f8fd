import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiRequest } from '../../api/client';
import { useApi } from '../../api/use-api';
import {
  FieldError,
  invalidProps,
  reasonFor,
  useSubmission,
} from '../../partnerships/form-support';
import { Loading, ProblemMessage } from '../../shell/status';
import {
  ORIENTATION_LANGUAGES,
  ORIENTATION_TOPICS,
  orientationPaths,
  type ModuleInput,
  type OrientationModule,
} from './orientation-api';
import { QuestionEditor } from './question-editor';
import './orientation.css';

const blank = (origin: string, destination: string): ModuleInput => ({
  origin,
  destination,
  topic: 'rights_and_duties',
  language: 'en',
  title: '',
  body: '',
  questions: [{ prompt: '', choices: ['', ''], answer: 0, explanation: '' }],
  passMark: 1,
});

/** A partnership's orientation modules: the list by corridor, topic and language, and the editor. */
export function OrientationEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [reload, setReload] = useState(0);
  const state = useApi<{ modules: OrientationModule[] }>(
    `${orientationPaths.modules(id)}${reload ? `?v=${reload}` : ''}`,
  );
  const [draft, setDraft] = useState<ModuleInput | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const { error, busy, run } = useSubmission();

  if (state.status === 'loading' || state.status === 'idle') return <Loading />;
  if (state.status === 'error') return <ProblemMessage error={state.error} />;
  const modules = state.data.modules;
  const first = modules[0];

  const edit = (m: OrientationModule) => {
    const { id: moduleId, partnershipId: _p, version: _v, updatedAt: _u, ...input } = m;
    setEditing(moduleId);
    setDraft(input);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    void run(async () => {
      const body = {
        ...draft,
        questions: draft.questions.map((q) => ({
          ...q,
          choices: q.choices.map((c) => c.trim()).filter(Boolean),
        })),
      };
      await apiRequest(orientationPaths.modules(id), { method: 'PUT', body });
      setDraft(null);
      setEditing(null);
      setReload((r) => r + 1);
    });
  };
  const remove = () => {
    if (!editing) return;
    void run(async () => {
      await apiRequest(orientationPaths.module(id, editing), { method: 'DELETE' });
      setDraft(null);
      setEditing(null);
      setReload((r) => r + 1);
    });
  };
  const field = (name: keyof ModuleInput) => reasonFor(error, name);

  return (
    <section aria-labelledby="orientation-editor-title">
      <h1 id="orientation-editor-title">{t('orientation.editor.title')}</h1>
      <table>
        <caption>{t('orientation.editor.modules', { count: modules.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('orientation.editor.corridor')}</th>
            <th scope="col">{t('orientation.editor.topic')}</th>
            <th scope="col">{t('orientation.editor.language')}</th>
            <th scope="col">{t('orientation.editor.moduleTitle')}</th>
            <th scope="col">{t('orientation.editor.version')}</th>
          </tr>
        </thead>
        <tbody>
          {modules.map((m) => (
            <tr key={m.id}>
              <td>
                {m.origin} → {m.destination}
              </td>
              <td>{t(`orientation.topics.${m.topic}`)}</td>
              <td>{t(`orientation.languages.${m.language}`)}</td>
              <td lang={m.language} dir={m.language === 'ar' ? 'rtl' : undefined}>
                <button type="button" className="link-button" onClick={() => edit(m)}>
                  {m.title}
                </button>
              </td>
              <td>{m.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button"
        onClick={() => {
          setEditing(null);
          setDraft(blank(first?.origin ?? '', first?.destination ?? ''));
        }}
      >
        {t('orientation.editor.new')}
      </button>
      {draft && (
        <form
          onSubmit={save}
          className="stacked-form module-editor"
          aria-labelledby="module-form-title"
        >
          <h2 id="module-form-title">
            {editing ? t('orientation.editor.editModule') : t('orientation.editor.new')}
          </h2>
          {(['origin', 'destination'] as const).map((name) => (
            <div className="field" key={name}>
              <label htmlFor={`module-${name}`}>{t(`orientation.editor.${name}`)}</label>
              <input
                id={`module-${name}`}
                required
                maxLength={2}
                value={draft[name]}
                onChange={(e) => setDraft({ ...draft, [name]: e.target.value.toUpperCase() })}
                {...invalidProps(`module-${name}-error`, field(name))}
              />
              <FieldError id={`module-${name}-error`} reason={field(name)} />
            </div>
          ))}
          <div className="field">
            <label htmlFor="module-topic">{t('orientation.editor.topic')}</label>
            <select
              id="module-topic"
              value={draft.topic}
              onChange={(e) =>
                setDraft({ ...draft, topic: e.target.value as ModuleInput['topic'] })
              }
            >
              {ORIENTATION_TOPICS.map((topic) => (
                <option key={topic} value={topic}>
                  {t(`orientation.topics.${topic}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="module-language">{t('orientation.editor.language')}</label>
            <select
              id="module-language"
              value={draft.language}
              onChange={(e) =>
                setDraft({ ...draft, language: e.target.value as ModuleInput['language'] })
              }
            >
              {ORIENTATION_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`orientation.languages.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="module-title">{t('orientation.editor.moduleTitle')}</label>
            <input
              id="module-title"
              required
              lang={draft.language}
              value={draft.title}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
              {...invalidProps('module-title-error', field('title'))}
            />
            <FieldError id="module-title-error" reason={field('title')} />
          </div>
          <div className="field">
            <label htmlFor="module-body">{t('orientation.editor.body')}</label>
            <textarea
              id="module-body"
              required
              rows={10}
              lang={draft.language}
              dir={draft.language === 'ar' ? 'rtl' : undefined}
              value={draft.body}
              onChange={(e) => setDraft({ ...draft, body: e.target.value })}
              {...invalidProps('module-body-error', field('body'))}
            />
            <FieldError id="module-body-error" reason={field('body')} />
          </div>
          {draft.questions.map((q, i) => (
            <QuestionEditor
              key={i}
              index={i}
              question={q}
              error={error}
              change={(next) =>
                setDraft({
                  ...draft,
                  questions: draft.questions.map((x, j) => (j === i ? next : x)),
                })
              }
              remove={() =>
                setDraft({ ...draft, questions: draft.questions.filter((_, j) => j !== i) })
              }
            />
          ))}
          <button
            type="button"
            className="button"
            onClick={() =>
              setDraft({
                ...draft,
                questions: [
                  ...draft.questions,
                  { prompt: '', choices: ['', ''], answer: 0, explanation: '' },
                ],
              })
            }
          >
            {t('orientation.editor.addQuestion')}
          </button>
          <div className="field">
            <label htmlFor="module-pass-mark">{t('orientation.editor.passMark')}</label>
            <input
              id="module-pass-mark"
              type="number"
              min={1}
              max={10}
              required
              value={draft.passMark}
              onChange={(e) => setDraft({ ...draft, passMark: Number(e.target.value) })}
              {...invalidProps('module-pass-mark-error', field('passMark'))}
            />
            <FieldError id="module-pass-mark-error" reason={field('passMark')} />
          </div>
          {error && <ProblemMessage error={error} />}
          <button type="submit" className="button primary" disabled={busy}>
            {t('orientation.editor.save')}
          </button>
          {editing && (
            <button type="button" className="button" disabled={busy} onClick={remove}>
              {t('orientation.editor.delete')}
            </button>
          )}
        </form>
      )}
    </section>
  );
}
