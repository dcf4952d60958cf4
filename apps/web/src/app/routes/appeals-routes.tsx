// Appeal (imbauan) routes: public issued appeals and acknowledgment pages, staff pages under
// /pencegahan/imbauan. Returned as fragments so that app-routes.tsx stays the one router.
import { lazy } from 'react';
import { Route } from 'react-router';
import { Lazy } from '../lazy';
import { RequireAbility } from '../require-ability';

const publicPage = (name: 'PublicAppealsPage' | 'PublicAppealPage' | 'AcknowledgePage') =>
  lazy(() => import('../../pages/appeals-public-pages').then((m) => ({ default: m[name] })));
const staffPage = (
  name: 'AppealsPage' | 'AppealNewPage' | 'AppealEditPage' | 'AppealPage' | 'AppealAttendancePage',
) => lazy(() => import('../../pages/appeals-pages').then((m) => ({ default: m[name] })));

const PublicAppealsPage = publicPage('PublicAppealsPage');
const PublicAppealPage = publicPage('PublicAppealPage');
const AcknowledgePage = publicPage('AcknowledgePage');
const AppealsPage = staffPage('AppealsPage');
const AppealNewPage = staffPage('AppealNewPage');
const AppealEditPage = staffPage('AppealEditPage');
const AppealPage = staffPage('AppealPage');
const AppealAttendancePage = staffPage('AppealAttendancePage');

const staff = (ability: string, page: React.ReactNode) => (
  <RequireAbility ability={ability}>
    <Lazy>{page}</Lazy>
  </RequireAbility>
);

/** Public pages: issued appeals and the ASN acknowledgment link. */
export function appealsPublicRoutes() {
  return (
    <>
      <Route path="/imbauan" element={<Lazy>{<PublicAppealsPage />}</Lazy>} />
      <Route path="/imbauan/konfirmasi" element={<Lazy>{<AcknowledgePage />}</Lazy>} />
      <Route path="/imbauan/konfirmasi/:token" element={<Lazy>{<AcknowledgePage />}</Lazy>} />
      <Route path="/imbauan/:id" element={<Lazy>{<PublicAppealPage />}</Lazy>} />
    </>
  );
}

/** Staff pages under /pencegahan/imbauan. */
export function appealsStaffRoutes() {
  return (
    <>
      <Route path="/pencegahan/imbauan" element={staff('appeals.read', <AppealsPage />)} />
      <Route path="/pencegahan/imbauan/baru" element={staff('appeals.manage', <AppealNewPage />)} />
      <Route
        path="/pencegahan/imbauan/daftar-hadir"
        element={staff('appeals.attendance', <AppealAttendancePage />)}
      />
      <Route path="/pencegahan/imbauan/:id" element={staff('appeals.read', <AppealPage />)} />
      <Route path="/pencegahan/imbauan/:id/ubah" element={staff('appeals.manage', <AppealEditPage />)} />
    </>
  );
}
