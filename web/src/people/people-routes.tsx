import { Route } from 'react-router';
import { CandidateListPage } from './candidate-list-page';
import { CvImportPage } from './cv-import-page';
import { ProgrammeListPage, VacancyListPage } from './job-lists-pages';
import { PeopleOverviewPage } from './people-overview-page';
import { ProfilePage } from './profile-page';
import { ProgrammeEditPage, ProgrammeFormPage } from './programme-form-page';
import { VacancyEditPage, VacancyFormPage } from './vacancy-form-page';
import './people.css';

/** The pages of the people, jobs and training area, mounted by app.tsx. */
export const peopleRouteTree = (
  <Route path="people">
    <Route index element={<PeopleOverviewPage />} />
    <Route path="profile" element={<ProfilePage />} />
    <Route path="profile/import" element={<CvImportPage />} />
    <Route path="candidates" element={<CandidateListPage />} />
    <Route path="vacancies" element={<VacancyListPage />} />
    <Route path="vacancies/new" element={<VacancyFormPage />} />
    <Route path="vacancies/:id/edit" element={<VacancyEditPage />} />
    <Route path="programmes" element={<ProgrammeListPage />} />
    <Route path="programmes/new" element={<ProgrammeFormPage />} />
    <Route path="programmes/:id/edit" element={<ProgrammeEditPage />} />
  </Route>
);
