import { Route } from 'react-router';
import { PartnershipCreatePage, PartnershipEditPage } from './partnership-form-page';
import { PartnershipManagePage } from './partnership-manage-page';
import { WorkshopListPage } from './workshop-list-page';
import { WorkshopPage } from './workshop-page';
import './partnership-forms.css';

/** The workshop and editing pages, nested under /partnerships. */
export const partnershipEditRoutes = [
  <Route key="workshops" path="workshops" element={<WorkshopListPage />} />,
  <Route key="workshop" path="workshops/:id" element={<WorkshopPage />} />,
  <Route key="manage" path=":id/manage" element={<PartnershipManagePage />} />,
  <Route key="new" path="new" element={<PartnershipCreatePage />} />,
  <Route key="edit" path=":id/edit" element={<PartnershipEditPage />} />,
];
