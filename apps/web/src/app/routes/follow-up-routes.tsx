import { lazy } from 'react';
import { Route } from 'react-router';
import { Lazy } from '../lazy';
import { RequireAbility } from '../require-ability';

const FollowUpListPage = lazy(() =>
  import('../../pages/follow-up-pages').then((m) => ({ default: m.FollowUpListPage })),
);
const FollowUpDetailPage = lazy(() =>
  import('../../pages/follow-up-pages').then((m) => ({ default: m.FollowUpDetailPage })),
);
const TipsPage = lazy(() => import('../../pages/tips-page').then((m) => ({ default: m.TipsPage })));
const SupervisionPage = lazy(() =>
  import('../../pages/supervision-page').then((m) => ({ default: m.SupervisionPage })),
);

const guarded = (ability: string, page: React.ReactNode) => (
  <RequireAbility ability={ability}>
    <Lazy>{page}</Lazy>
  </RequireAbility>
);

// Follow-up of forwarded cases by the receiving agency HR or police liaison, under /tindak-lanjut;
// the staff pages for tips (informasi awal) and Form A (field supervision results).
export function casesFollowUpRoutes() {
  return (
    <>
      <Route path="/tindak-lanjut" element={guarded('cases.follow_up', <FollowUpListPage />)} />
      <Route path="/tindak-lanjut/:id" element={guarded('cases.follow_up', <FollowUpDetailPage />)} />
      <Route path="/perkara/informasi-awal" element={guarded('cases.read', <TipsPage />)} />
      <Route path="/perkara/form-a" element={guarded('supervision.file', <SupervisionPage />)} />
    </>
  );
}
