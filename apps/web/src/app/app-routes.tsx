import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ComingSoonPage } from '../pages/coming-soon-page';
import { HomePage } from '../pages/home-page';
import { InvitationAcceptPage } from '../pages/invitation-accept-page';
import { LoginPage } from '../pages/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { ResetPasswordPage, ResetRequestPage } from '../pages/reset-password-pages';
import { RequireAbility } from './require-ability';
import { PublicArea } from './public-area';
import { RequireAuth, SECURITY_PATH } from './require-auth';
import { Lazy } from './lazy';
import { appealsPublicRoutes, appealsStaffRoutes } from './routes/appeals-routes';
import { outreachPublicRoutes, outreachStaffRoutes } from './routes/outreach-routes';
import { registryStaffRoutes } from './routes/registry-routes';
import { monitoringStaffRoutes } from './routes/monitoring-routes';
import { casesFollowUpRoutes } from './routes/follow-up-routes';

// Public rules pages load on demand in their own small chunks (phones on slow connections).
const RuleCheckPage = lazy(() =>
  import('../pages/rule-check-page').then((m) => ({ default: m.RuleCheckPage })),
);
const RuleCataloguePage = lazy(() =>
  import('../pages/rule-catalogue-page').then((m) => ({ default: m.RuleCataloguePage })),
);
const RuleEntryPage = lazy(() =>
  import('../pages/rule-entry-page').then((m) => ({ default: m.RuleEntryPage })),
);

// Public report, tip, tracking and announcement pages: their own chunks, like the rules pages.
const ReportPage = lazy(() => import('../pages/report-page').then((m) => ({ default: m.ReportPage })));
const TipPage = lazy(() => import('../pages/tip-page').then((m) => ({ default: m.TipPage })));
const TrackPage = lazy(() => import('../pages/track-page').then((m) => ({ default: m.TrackPage })));
const AnnouncementsPage = lazy(() =>
  import('../pages/announcements-page').then((m) => ({ default: m.AnnouncementsPage })),
);
const CasesPage = lazy(() => import('../pages/cases-page').then((m) => ({ default: m.CasesPage })));
const CasePage = lazy(() => import('../pages/case-page').then((m) => ({ default: m.CasePage })));

// Administration and account pages load on demand; sign-in stays in the first bundle.
const ElectionsPage = lazy(() =>
  import('../pages/elections-page').then((m) => ({ default: m.ElectionsPage })),
);
const AuditPage = lazy(() => import('../pages/audit-page').then((m) => ({ default: m.AuditPage })));
const InvitationsPage = lazy(() =>
  import('../pages/invitations-page').then((m) => ({ default: m.InvitationsPage })),
);
const OrganizationsPage = lazy(() =>
  import('../pages/organizations-page').then((m) => ({ default: m.OrganizationsPage })),
);
const RegionsPage = lazy(() => import('../pages/regions-page').then((m) => ({ default: m.RegionsPage })));
const SecurityPage = lazy(() => import('../pages/security-page').then((m) => ({ default: m.SecurityPage })));
const UsersPage = lazy(() => import('../pages/users-page').then((m) => ({ default: m.UsersPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/masuk" element={<LoginPage />} />
      <Route path="/atur-ulang-sandi" element={<ResetRequestPage />} />
      <Route path="/atur-ulang-sandi/baru" element={<ResetPasswordPage />} />
      <Route path="/undangan/:token" element={<InvitationAcceptPage />} />
      <Route element={<PublicArea />}>
        <Route
          path="/cek-aturan"
          element={
            <Lazy>
              <RuleCheckPage />
            </Lazy>
          }
        />
        <Route
          path="/aturan"
          element={
            <Lazy>
              <RuleCataloguePage />
            </Lazy>
          }
        />
        <Route
          path="/aturan/:id"
          element={
            <Lazy>
              <RuleEntryPage />
            </Lazy>
          }
        />
        <Route
          path="/lapor"
          element={
            <Lazy>
              <ReportPage />
            </Lazy>
          }
        />
        <Route
          path="/informasi-awal"
          element={
            <Lazy>
              <TipPage />
            </Lazy>
          }
        />
        <Route
          path="/lacak"
          element={
            <Lazy>
              <TrackPage />
            </Lazy>
          }
        />
        <Route
          path="/pengumuman"
          element={
            <Lazy>
              <AnnouncementsPage />
            </Lazy>
          }
        />
        {appealsPublicRoutes()}
        {outreachPublicRoutes()}
      </Route>
      <Route element={<RequireAuth />}>
        <Route index element={<HomePage />} />
        <Route
          path="/perkara"
          element={
            <RequireAbility ability="cases.read">
              <Lazy>
                <CasesPage />
              </Lazy>
            </RequireAbility>
          }
        />
        <Route
          path="/perkara/:id"
          element={
            <RequireAbility ability="cases.read">
              <Lazy>
                <CasePage />
              </Lazy>
            </RequireAbility>
          }
        />
        {appealsStaffRoutes()}
        {outreachStaffRoutes()}
        {registryStaffRoutes()}
        {monitoringStaffRoutes()}
        {casesFollowUpRoutes()}
        <Route path="/transparansi" element={<ComingSoonPage titleKey="nav.transparency" />} />
        <Route
          path={SECURITY_PATH}
          element={
            <Lazy>
              <SecurityPage />
            </Lazy>
          }
        />
        <Route
          path="/admin/organisasi"
          element={
            <RequireAbility ability="organizations.read">
              <Lazy>
                <OrganizationsPage />
              </Lazy>
            </RequireAbility>
          }
        />
        <Route
          path="/admin/pengguna"
          element={
            <RequireAbility ability="users.read">
              <Lazy>
                <UsersPage />
              </Lazy>
            </RequireAbility>
          }
        />
        <Route
          path="/admin/undangan"
          element={
            <RequireAbility ability="invitations.manage">
              <Lazy>
                <InvitationsPage />
              </Lazy>
            </RequireAbility>
          }
        />
        <Route
          path="/admin/wilayah"
          element={
            <RequireAbility ability="regions.read">
              <Lazy>
                <RegionsPage />
              </Lazy>
            </RequireAbility>
          }
        />
        <Route
          path="/admin/pemilihan"
          element={
            <RequireAbility ability="elections.manage">
              <Lazy>
                <ElectionsPage />
              </Lazy>
            </RequireAbility>
          }
        />
        <Route
          path="/admin/audit"
          element={
            <RequireAbility ability="audit.read">
              <Lazy>
                <AuditPage />
              </Lazy>
            </RequireAbility>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
