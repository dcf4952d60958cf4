import { MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { meKeys } from '../features/auth';
import { BrowserRouter } from 'react-router';
import { ApiError } from '../lib/api-error';
import { AppRoutes } from './app-routes';
import { theme } from './theme';

// A 401 anywhere means the session ended (expired, revoked elsewhere): forget the user so that
// the route guard sends them to sign-in instead of showing a broken page.
function handleUnauthenticated(error: unknown): void {
  if (
    error instanceof ApiError &&
    error.code === 'auth.unauthenticated' &&
    queryClient.getQueryData(meKeys.me)
  ) {
    queryClient.setQueryData(meKeys.me, null);
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handleUnauthenticated }),
  mutationCache: new MutationCache({ onError: handleUnauthenticated }),
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      // A 4xx answer will not change on retry; only network and server errors are retried once.
      retry: (count, error) => count < 1 && !(error instanceof ApiError && error.status < 500),
    },
  },
});

// Mantine's default "dimmed" grey and error red are below a 4.5:1 contrast on white (and on
// striped table rows); use darker shades.
const resolveCssVariables: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7], '--mantine-color-error': t.colors.red[9] },
  dark: {},
});

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={resolveCssVariables}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
