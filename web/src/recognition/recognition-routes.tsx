import { Route } from 'react-router';
import { CaseQueuePage, MyCasesPage } from './case-pages';
import { EvaluatePage } from './evaluate-page';
import { RecognitionOverviewPage } from './recognition-overview-page';

/** The pages of the recognition area, mounted under the signed-in layout by app.tsx. */
export const recognitionRouteTree = (
  <Route path="recognition">
    <Route index element={<RecognitionOverviewPage />} />
    <Route path="evaluate" element={<EvaluatePage />} />
    <Route path="cases" element={<MyCasesPage />} />
    <Route path="queue" element={<CaseQueuePage />} />
  </Route>
);
