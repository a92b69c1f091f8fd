import { Route } from 'react-router';
import { IssuerRegisterPage } from './issuer-register-page';
import { MyPassportPage } from './my-passport-page';
import { VerifyPage } from './verify-page';

/** The signed-in pages of the passport area, mounted under the layout by app.tsx. */
export const passportRouteTree = (
  <Route path="passport">
    <Route index element={<MyPassportPage />} />
    <Route path="register" element={<IssuerRegisterPage />} />
  </Route>
);

/** The public verification page: no sign-in, mounted beside the login page by app.tsx. */
export const publicVerifyRoute = <Route path="verify" element={<VerifyPage />} />;
