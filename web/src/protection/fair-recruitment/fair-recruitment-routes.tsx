import { Route } from 'react-router';
import { CompliancePage } from './compliance-page';
import { ContractPage } from './contract-page';
import { FairRecruitmentPage } from './fair-recruitment-page';

/** The fair-recruitment pages, mounted under the signed-in layout by app.tsx. */
export const fairRecruitmentRouteTree = (
  <Route path="protection/fair-recruitment">
    <Route index element={<FairRecruitmentPage />} />
    <Route path="contracts/:id" element={<ContractPage />} />
    <Route path="partnerships/:id" element={<CompliancePage />} />
  </Route>
);
