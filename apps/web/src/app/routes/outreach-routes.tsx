// Outreach activity and news routes: public news pages, staff pages under /pencegahan/kegiatan and
// /pencegahan/berita. Returned as fragments so that app-routes.tsx stays the one router.
import { lazy } from 'react';
import { Route } from 'react-router';
import { Lazy } from '../lazy';
import { RequireAbility } from '../require-ability';

const NewsPage = lazy(() => import('../../pages/news-public-pages').then((m) => ({ default: m.NewsPage })));
const NewsArticlePage = lazy(() =>
  import('../../pages/news-public-pages').then((m) => ({ default: m.NewsArticlePage })),
);
const OutreachActivitiesPage = lazy(() =>
  import('../../pages/outreach-activities-page').then((m) => ({ default: m.OutreachActivitiesPage })),
);
const OutreachActivityPage = lazy(() =>
  import('../../pages/outreach-activity-page').then((m) => ({ default: m.OutreachActivityPage })),
);
const OutreachNewActivityPage = lazy(() =>
  import('../../pages/outreach-activity-page').then((m) => ({ default: m.OutreachNewActivityPage })),
);
const OutreachEditActivityPage = lazy(() =>
  import('../../pages/outreach-activity-page').then((m) => ({ default: m.OutreachEditActivityPage })),
);
const OutreachCoveragePage = lazy(() =>
  import('../../pages/outreach-coverage-page').then((m) => ({ default: m.OutreachCoveragePage })),
);
const NewsEditorListPage = lazy(() =>
  import('../../pages/news-editor-pages').then((m) => ({ default: m.NewsEditorListPage })),
);
const NewsEditorPage = lazy(() =>
  import('../../pages/news-editor-pages').then((m) => ({ default: m.NewsEditorPage })),
);

const staff = (ability: string, page: React.ReactNode) => (
  <RequireAbility ability={ability}>
    <Lazy>{page}</Lazy>
  </RequireAbility>
);

/** Public pages: news list and articles. */
export function outreachPublicRoutes() {
  return (
    <>
      <Route
        path="/berita"
        element={
          <Lazy>
            <NewsPage />
          </Lazy>
        }
      />
      <Route
        path="/berita/:slug"
        element={
          <Lazy>
            <NewsArticlePage />
          </Lazy>
        }
      />
    </>
  );
}

/** Staff pages: activities, calendar, coverage, news editing. */
export function outreachStaffRoutes() {
  return (
    <>
      <Route path="/pencegahan/kegiatan" element={staff('outreach.read', <OutreachActivitiesPage />)} />
      <Route path="/pencegahan/kegiatan/baru" element={staff('outreach.log', <OutreachNewActivityPage />)} />
      <Route path="/pencegahan/kegiatan/:id" element={staff('outreach.read', <OutreachActivityPage />)} />
      <Route
        path="/pencegahan/kegiatan/:id/ubah"
        element={staff('outreach.log', <OutreachEditActivityPage />)}
      />
      <Route path="/pencegahan/cakupan" element={staff('outreach.read', <OutreachCoveragePage />)} />
      <Route path="/pencegahan/berita" element={staff('news.manage', <NewsEditorListPage />)} />
      <Route path="/pencegahan/berita/baru" element={staff('news.manage', <NewsEditorPage />)} />
      <Route path="/pencegahan/berita/:id" element={staff('news.manage', <NewsEditorPage />)} />
    </>
  );
}
