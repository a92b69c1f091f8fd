import { Route } from 'react-router';
import { AllocationPage } from './allocation-page';
import { RunPage } from './run-page';

/** The pages of the allocation area, mounted under the signed-in layout by app.tsx. */
export const allocationRouteTree = (
  <Route path="allocation">
    <Route index element={<AllocationPage />} />
    <Route path="runs/:runId" element={<RunPage />} />
  </Route>
);
