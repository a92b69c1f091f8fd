import { Route } from 'react-router';
import { GrievancePage } from './grievance-page';
import { ProtectionPage } from './protection-page';

/** The signed-in pages of rights and protection. */
export const protectionRouteTree = (
  <Route path="protection">
    <Route index element={<ProtectionPage />} />
    <Route path="grievances/:id" element={<GrievancePage />} />
  </Route>
);
