// ASN registry, candidates and ingestion pages under /pemantauan/registri, /pemantauan/kandidat and
// /pemantauan/impor. Returned as fragments so that app-routes.tsx stays the one router.
import { lazy } from 'react';
import { Route } from 'react-router';
import { Lazy } from '../lazy';
import { RequireAbility } from '../require-ability';

const RegistryPage = lazy(() =>
  import('../../pages/registry-page').then((m) => ({ default: m.RegistryPage })),
);
const AsnRecordPage = lazy(() =>
  import('../../pages/registry-page').then((m) => ({ default: m.AsnRecordPage })),
);
const CandidatesPage = lazy(() =>
  import('../../pages/candidates-page').then((m) => ({ default: m.CandidatesPage })),
);
const EventImportsPage = lazy(() =>
  import('../../pages/event-imports-page').then((m) => ({ default: m.EventImportsPage })),
);

const page = (ability: string, element: React.ReactNode) => (
  <RequireAbility ability={ability}>
    <Lazy>{element}</Lazy>
  </RequireAbility>
);

export function registryStaffRoutes() {
  return (
    <>
      <Route path="/pemantauan/registri" element={page('asn.read', <RegistryPage />)} />
      <Route path="/pemantauan/registri/:id" element={page('asn.read', <AsnRecordPage />)} />
      <Route path="/pemantauan/kandidat" element={page('monitoring.read', <CandidatesPage />)} />
      <Route path="/pemantauan/impor" element={page('monitoring.handle', <EventImportsPage />)} />
    </>
  );
}
