import { Route } from 'react-router';
import { CohortPage } from './cohort-page';
import { EmployeeJourneysPage } from './employee-journeys-page';
import { JourneyPage } from './journey-page';
import { JourneysOverviewPage } from './journeys-overview-page';
import { MyJourneyPage } from './my-journey-page';
import './journeys.css';

/** The pages of the journeys area, mounted under the signed-in layout by app.tsx. */
export const journeysRouteTree = (
  <Route path="journeys">
    <Route index element={<JourneysOverviewPage />} />
    <Route path="mine" element={<MyJourneyPage />} />
    <Route path="cohort" element={<CohortPage />} />
    <Route path="employees" element={<EmployeeJourneysPage />} />
    <Route path=":id" element={<JourneyPage />} />
  </Route>
);
