import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../api/client';
import { ProblemMessage } from '../shell/status';
import type { ImportReport } from './lmi-api';
import { lmiPaths } from './lmi-api';

/** Upload of an observation file, with its rejected rows listed. */
export function ImportUpload() {
  const { t } = useTranslation();
  const [state, setState] = useState<{ busy: boolean; report?: ImportReport; error?: ApiError }>({
    busy: false,
  });
  const upload = async (file: File) => {
    setState({ busy: true });
    try {
      const report = await apiRequest<ImportReport>(lmiPaths.imports(), {
        method: 'POST',
        body: { fileName: file.name, content: await file.text() },
      });
      setState({ busy: false, report });
    } catch (error) {
      setState({
        busy: false,
        error: error instanceof ApiError ? error : new ApiError({ status: 0 }),
      });
    }
  };
  return (
    <section aria-labelledby="lmi-import">
      <h2 id="lmi-import">{t('lmi.importTitle')}</h2>
      <p>{t('lmi.importHelp')}</p>
      <input
        type="file"
        accept=".csv,.json,.jsonld,.ndjson"
        disabled={state.busy}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void upload(f);
        }}
      />
      {state.busy && <progress aria-label={t('lmi.importing')} />}
      {state.error && <ProblemMessage error={state.error} />}
      {state.report && (
        <div role="status">
          <p>
            {state.report.alreadyImported
              ? t('lmi.alreadyImported', { file: state.report.fileName })
              : t('lmi.imported', {
                  file: state.report.fileName,
                  accepted: state.report.accepted,
                  rejected: state.report.rejected.length,
                })}
          </p>
          <ul>
            {state.report.rejected.slice(0, 100).map((r) => (
              <li key={r.line}>{t('lmi.rejectedLine', { line: r.line, reason: r.reason })}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
