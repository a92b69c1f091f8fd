import { Route } from 'react-router';
import { OrientationEditorPage } from './orientation-editor-page';
import { OrientationTakePage } from './orientation-take-page';

/** The orientation pages: a partnership's modules (editors) and a journey's orientation (the person). */
export const orientationRouteTree = [
  <Route
    key="orientation-editor"
    path="partnerships/:id/orientation"
    element={<OrientationEditorPage />}
  />,
  <Route
    key="orientation-take"
    path="journeys/:id/orientation"
    element={<OrientationTakePage />}
  />,
];
