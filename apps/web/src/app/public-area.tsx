import { useMe } from '../features/auth';
import { AppLayout } from './app-layout';
import { PublicLayout } from './public-layout';

/**
 * Pages anyone may read (Cek Aturan, the catalogue): inside the app shell for a signed-in user,
 * in the light public frame otherwise. The page does not wait for `/api/me` to render.
 */
export function PublicArea() {
  const me = useMe();
  const user = me.data;
  if (user && !(user.twoFactorRequired && !user.twoFactorEnabled)) return <AppLayout me={user} />;
  return <PublicLayout />;
}
