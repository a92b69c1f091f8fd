import { Route } from 'react-router';
import { CandidateMatchesPage } from './candidate-matches-page';
import { MatchingOverviewPage } from './matching-overview-page';
import { MyMatchesPage } from './my-matches-page';
import { ShortlistPage } from './shortlist-page';
import { WeightsPage } from './weights-page';
import './matching.css';

/** The pages of the matching area, mounted by app.tsx. */
export const matchingRouteTree = (
  <Route path="matching">
    <Route index element={<MatchingOverviewPage />} />
    <Route path="me" element={<MyMatchesPage />} />
    <Route path="candidates/:id" element={<CandidateMatchesPage />} />
    <Route path="openings/:id" element={<ShortlistPage />} />
    <Route path="weights" element={<WeightsPage />} />
  </Route>
);
