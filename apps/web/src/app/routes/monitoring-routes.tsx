// Monitoring routes (triage desk, lead page, page captures, network view), under /pemantauan.
import { lazy } from 'react';
import { Route } from 'react-router';
import { Lazy } from '../lazy';
import { RequireAbility } from '../require-ability';

const MonitoringDeskPage = lazy(() =>
  import('../../pages/monitoring-desk-page').then((m) => ({ default: m.MonitoringDeskPage })),
);
const MonitoringLeadPage = lazy(() =>
  import('../../pages/monitoring-lead-page').then((m) => ({ default: m.MonitoringLeadPage })),
);
const MonitoringCapturePage = lazy(() =>
  import('../../pages/monitoring-capture-pages').then((m) => ({ default: m.MonitoringCapturePage })),
);
const MonitoringCaptureDetailPage = lazy(() =>
  import('../../pages/monitoring-capture-pages').then((m) => ({ default: m.MonitoringCaptureDetailPage })),
);
const MonitoringNetworkPage = lazy(() =>
  import('../../pages/monitoring-network-page').then((m) => ({ default: m.MonitoringNetworkPage })),
);

const page = (ability: string, element: React.ReactNode) => (
  <RequireAbility ability={ability}>
    <Lazy>{element}</Lazy>
  </RequireAbility>
);

export function monitoringStaffRoutes() {
  return (
    <>
      <Route path="/pemantauan" element={page('monitoring.read', <MonitoringDeskPage />)} />
      <Route path="/pemantauan/prospek/:id" element={page('monitoring.read', <MonitoringLeadPage />)} />
      <Route path="/pemantauan/tangkapan" element={page('monitoring.handle', <MonitoringCapturePage />)} />
      <Route
        path="/pemantauan/tangkapan/:id"
        element={page('monitoring.read', <MonitoringCaptureDetailPage />)}
      />
      <Route path="/pemantauan/jaringan" element={page('asn.read_accounts', <MonitoringNetworkPage />)} />
    </>
  );
}
