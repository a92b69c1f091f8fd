import { BrowserRouter, Route, Routes } from 'react-router';
import { AccountSecurityPage } from './auth/account-security-page';
import { AuthProvider } from './auth/auth-context';
import { ForgotPasswordPage } from './auth/forgot-password-page';
import { LoginPage } from './auth/login-page';
import { RequireAuth } from './auth/require-auth';
import { ResetPasswordPage } from './auth/reset-password-page';
import { AreaPlaceholder } from './shell/area-placeholder';
import { areas } from './shell/areas';
import { HomePage } from './shell/home-page';
import { Layout } from './shell/layout';
import { NotFoundPage } from './shell/not-found-page';
import { IscoPage } from './taxonomy/isco-page';
import { OccupationPage } from './taxonomy/occupation-page';
import { SkillPage } from './taxonomy/skill-page';
import { TaxonomySearchPage } from './taxonomy/taxonomy-search-page';
import { PartnershipDashboardPage } from './partnerships/partnership-dashboard-page';
import { PartnershipListPage } from './partnerships/partnership-list-page';
import { partnershipEditRoutes } from './partnerships/partnership-edit-routes';
import { recognitionRouteTree } from './recognition/recognition-routes';
import { peopleRouteTree } from './people/people-routes';
import { LabourMarketPage } from './labour-market/labour-market-page';
import { allocationRouteTree } from './allocation/allocation-routes';
import { fairRecruitmentRouteTree } from './protection/fair-recruitment/fair-recruitment-routes';
import { matchingRouteTree } from './matching/matching-routes';
import { orientationRouteTree } from './journeys/orientation/orientation-routes';
import { journeysRouteTree } from './journeys/journeys-routes';
import { protectionRouteTree } from './protection/protection-routes';
import { FileGrievancePage, FollowGrievancePage } from './protection/public-grievance-pages';
import { passportRouteTree, publicVerifyRoute } from './passport/passport-routes';
import { InvitationPage } from './onboarding/invitation-page';
import { OrganisationsPage } from './onboarding/organisations-page';
import { SetupPage } from './onboarding/setup-page';
import { SignupPage } from './onboarding/signup-page';

/**
 * Every page of the UI; all but the sign-in, password-reset, onboarding and credential
 * verification pages need a signed-in user.
 */
export function App() {
  return (
    <AuthProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout withNav={false} />}>
            <Route path="login" element={<LoginPage />} />
            <Route path="forgot-password" element={<ForgotPasswordPage />} />
            <Route path="reset-password" element={<ResetPasswordPage />} />
            <Route path="setup" element={<SetupPage />} />
            <Route path="signup" element={<SignupPage />} />
            <Route path="invitation" element={<InvitationPage />} />
            {/* Grievances are filed and followed without an account (docs/protection.md). */}
            <Route path="grievance" element={<FileGrievancePage />} />
            <Route path="grievance/follow" element={<FollowGrievancePage />} />
            {publicVerifyRoute}
          </Route>
          <Route element={<RequireAuth />}>
            <Route element={<Layout />}>
              <Route index element={<HomePage />} />
              <Route path="account/security" element={<AccountSecurityPage />} />
              <Route path="admin/organisations" element={<OrganisationsPage />} />
              <Route path="taxonomy">
                <Route index element={<TaxonomySearchPage />} />
                <Route path="occupations/:id" element={<OccupationPage />} />
                <Route path="skills/:id" element={<SkillPage />} />
                <Route path="isco" element={<IscoPage />} />
                <Route path="isco/:code" element={<IscoPage />} />
              </Route>
              <Route path="partnerships">
                <Route index element={<PartnershipListPage />} />
                <Route path=":id" element={<PartnershipDashboardPage />} />
                {partnershipEditRoutes}
              </Route>
              {recognitionRouteTree}
              {peopleRouteTree}
              {allocationRouteTree}
              {fairRecruitmentRouteTree}
              {matchingRouteTree}
              {orientationRouteTree}
              {journeysRouteTree}
              {protectionRouteTree}
              {passportRouteTree}
              <Route path="labour-market" element={<LabourMarketPage />} />
              {areas
                .filter((area) => !area.built)
                .map((area) => (
                  <Route
                    key={area.key}
                    path={area.path.slice(1)}
                    element={<AreaPlaceholder area={area} />}
                  />
                ))}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </AuthProvider>
  );
}
