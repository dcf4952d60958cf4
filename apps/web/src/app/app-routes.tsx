import { Route, Routes } from 'react-router';
import { AuditPage } from '../pages/audit-page';
import { ComingSoonPage } from '../pages/coming-soon-page';
import { HomePage } from '../pages/home-page';
import { InvitationAcceptPage } from '../pages/invitation-accept-page';
import { InvitationsPage } from '../pages/invitations-page';
import { LoginPage } from '../pages/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { OrganizationsPage } from '../pages/organizations-page';
import { RegionsPage } from '../pages/regions-page';
import { ResetPasswordPage, ResetRequestPage } from '../pages/reset-password-pages';
import { SecurityPage } from '../pages/security-page';
import { UsersPage } from '../pages/users-page';
import { RequireAbility } from './require-ability';
import { RequireAuth, SECURITY_PATH } from './require-auth';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/masuk" element={<LoginPage />} />
      <Route path="/atur-ulang-sandi" element={<ResetRequestPage />} />
      <Route path="/atur-ulang-sandi/baru" element={<ResetPasswordPage />} />
      <Route path="/undangan/:token" element={<InvitationAcceptPage />} />
      <Route element={<RequireAuth />}>
        <Route index element={<HomePage />} />
        <Route path="/aturan" element={<ComingSoonPage titleKey="nav.rules" />} />
        <Route path="/perkara" element={<ComingSoonPage titleKey="nav.cases" />} />
        <Route path="/pencegahan" element={<ComingSoonPage titleKey="nav.prevention" />} />
        <Route path="/pemantauan" element={<ComingSoonPage titleKey="nav.monitoring" />} />
        <Route path="/transparansi" element={<ComingSoonPage titleKey="nav.transparency" />} />
        <Route path={SECURITY_PATH} element={<SecurityPage />} />
        <Route path="/admin/organisasi" element={<RequireAbility ability="organizations.read"><OrganizationsPage /></RequireAbility>} />
        <Route path="/admin/pengguna" element={<RequireAbility ability="users.read"><UsersPage /></RequireAbility>} />
        <Route path="/admin/undangan" element={<RequireAbility ability="invitations.manage"><InvitationsPage /></RequireAbility>} />
        <Route path="/admin/wilayah" element={<RequireAbility ability="regions.read"><RegionsPage /></RequireAbility>} />
        <Route path="/admin/audit" element={<RequireAbility ability="audit.read"><AuditPage /></RequireAbility>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
